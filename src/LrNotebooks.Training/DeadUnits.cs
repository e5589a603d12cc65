using LrNotebooks.Core;

namespace LrNotebooks.Training;

/// <summary>
/// Finds dead ReLU units ("dying ReLU", Maas et al. 2013; Lu et al. 2019, "Dying ReLU and Initialization"): a
/// hidden unit whose pre-activation <c>w·a + b</c> is &lt;= 0 on every row of a data set. Its output is 0 for
/// all of them and, since ReLU'(z) = 0 for z &lt;= 0 (as in PyTorch), no gradient reaches its incoming weights, so
/// gradient descent cannot bring it back. One step with too large a learning rate can push a unit's bias
/// far negative and kill it; when every unit of a layer dies, the network's output no longer depends on the input.
/// </summary>
public static class DeadUnits
{
    /// <summary>
    /// Counts the dead units of every hidden layer of <paramref name="network"/> on <paramref name="data"/>,
    /// forwarding each row through the layers in the <see cref="Network"/> parameter layout
    /// (weights [outputs x inputs] row-major, then biases).
    /// </summary>
    /// <param name="network">The model.</param>
    /// <param name="parameters">Its parameters, length <see cref="Network.ParameterCount"/>, all finite
    /// (e.g. <see cref="TrainingResult.Parameters"/>, which is null after a run diverged).</param>
    /// <param name="data">The rows to test, with <see cref="Network.InputCount"/> features.</param>
    /// <exception cref="ArgumentNullException">An argument is null (for <paramref name="parameters"/>: the run diverged).</exception>
    /// <exception cref="ArgumentException">Wrong parameter length, a non-finite parameter or a feature-count mismatch.</exception>
    public static DeadUnitCensus Census(Network network, double[]? parameters, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (parameters is null)
            throw new ArgumentNullException(nameof(parameters), "parameters must not be null (a diverged run has no parameters to inspect).");
        ArgumentNullException.ThrowIfNull(data);
        Guard.SameLength(network.ParameterCount, parameters.Length, nameof(parameters));
        for (int i = 0; i < parameters.Length; i++)
            if (!double.IsFinite(parameters[i]))
                throw new ArgumentException($"parameters[{i}] must be finite, but was {parameters[i]}.", nameof(parameters));
        if (data.FeatureCount != network.InputCount)
            throw new ArgumentException($"data must have {network.InputCount} features (the network's inputs), but had {data.FeatureCount}.", nameof(data));

        var sizes = network.LayerSizes;
        int hidden = network.LayerCount - 1;
        var alive = new bool[hidden][];
        for (int l = 0; l < hidden; l++) alive[l] = new bool[sizes[l + 1]];
        var current = new double[sizes.Max()];
        var next = new double[sizes.Max()];
        for (int row = 0; row < data.Count; row++)
        {
            data.Row(row).CopyTo(current);
            for (int l = 0; l < hidden; l++)
            {
                Forward(network, parameters, l, current, next, alive[l]);
                (current, next) = (next, current);
            }
        }
        return new DeadUnitCensus(alive.Select(layer => layer.Count(a => !a)).ToArray(), alive.Select(layer => layer.Length).ToArray());
    }

    /// <summary>One hidden layer: next = ReLU(W current + b); marks the units whose pre-activation is &gt; 0.</summary>
    private static void Forward(Network network, double[] parameters, int layer, double[] current, double[] next, bool[] alive)
    {
        int inputs = network.LayerSizes[layer], outputs = network.LayerSizes[layer + 1];
        var weights = parameters.AsSpan(network.WeightOffset(layer), inputs * outputs);
        var biases = parameters.AsSpan(network.BiasOffset(layer), outputs);
        var input = current.AsSpan(0, inputs);
        for (int j = 0; j < outputs; j++)
        {
            double z = biases[j];
            var row = weights.Slice(j * inputs, inputs);
            for (int k = 0; k < inputs; k++) z += row[k] * input[k];
            if (z > 0) alive[j] = true;
            next[j] = Math.Max(z, 0);
        }
    }
}

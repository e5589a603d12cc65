using LrNotebooks.Core;

namespace LrNotebooks.Training;

/// <summary>
/// A fully connected classifier: linear layers with ReLU between them and a softmax output trained with the
/// cross-entropy loss (PyTorch: <c>nn.Sequential(nn.Linear, nn.ReLU, ..., nn.Linear)</c> with
/// <c>nn.CrossEntropyLoss()</c>; Keras: <c>Dense(..., activation="relu")</c> then <c>Dense(classes)</c> with
/// <c>SparseCategoricalCrossentropy(from_logits=True)</c>). With no hidden layer it is softmax
/// (multinomial logistic) regression. The description is immutable; parameters live outside it.
/// </summary>
/// <remarks>
/// <para>Parameter layout: all weights and biases in ONE flat <c>double[]</c> (so one optimizer state covers
/// every layer). For each layer l in order: its weights [outputs x inputs] row-major (PyTorch
/// <c>nn.Linear.weight</c>), then its biases [outputs]. See <see cref="WeightOffset"/> and <see cref="BiasOffset"/>.</para>
/// <para>Loss: the mean over the rows of <c>-log softmax(z)[y] = logsumexp(z) - z[y]</c>, computed stably
/// (shifted by max z).</para>
/// </remarks>
public sealed class Network
{
    private readonly int[] _sizes;
    private readonly int[] _weightOffsets;
    private readonly int[] _biasOffsets;

    private Network(int[] sizes)
    {
        _sizes = sizes;
        _weightOffsets = new int[sizes.Length - 1];
        _biasOffsets = new int[sizes.Length - 1];
        long offset = 0;
        for (int l = 0; l < sizes.Length - 1; l++)
        {
            _weightOffsets[l] = (int)offset;
            offset += (long)sizes[l] * sizes[l + 1];
            _biasOffsets[l] = (int)offset;
            offset += sizes[l + 1];
            if (offset > int.MaxValue / 2)
                throw new ArgumentOutOfRangeException("layerSizes", $"layerSizes describe {offset} or more parameters; at most {int.MaxValue / 2} are supported.");
        }
        ParameterCount = (int)offset;
        Name = sizes.Length == 2
            ? $"softmax regression {sizes[0]}-{sizes[1]}"
            : $"MLP {string.Join('-', sizes)}";
    }

    /// <summary>
    /// A network with the given layer widths, input first and classes last, e.g. <c>Mlp(64, 64, 10)</c> for one
    /// hidden layer of 64 ReLU units or <c>Mlp(64, 10)</c> for softmax regression.
    /// </summary>
    /// <param name="layerSizes">At least 2 widths, each &gt;= 1; the last (the class count) &gt;= 2.</param>
    public static Network Mlp(params int[] layerSizes)
    {
        ArgumentNullException.ThrowIfNull(layerSizes);
        if (layerSizes.Length < 2)
            throw new ArgumentException($"layerSizes must have at least 2 entries (inputs and classes), but had {layerSizes.Length}.", nameof(layerSizes));
        for (int i = 0; i < layerSizes.Length; i++)
        {
            if (layerSizes[i] < 1)
                throw new ArgumentOutOfRangeException(nameof(layerSizes), layerSizes[i], $"layerSizes[{i}] must be an integer >= 1, but was {layerSizes[i]}.");
        }
        if (layerSizes[^1] < 2)
            throw new ArgumentOutOfRangeException(nameof(layerSizes), layerSizes[^1], $"the last entry of layerSizes (the class count) must be >= 2, but was {layerSizes[^1]}.");
        return new Network((int[])layerSizes.Clone());
    }

    /// <summary>Softmax (multinomial logistic) regression: one linear layer from <paramref name="inputs"/> to <paramref name="classes"/>.</summary>
    /// <param name="inputs">Features per row, &gt;= 1.</param>
    /// <param name="classes">Number of classes, &gt;= 2.</param>
    public static Network SoftmaxRegression(int inputs, int classes)
    {
        Guard.AtLeast(inputs, 1);
        Guard.AtLeast(classes, 2);
        return new Network([inputs, classes]);
    }

    /// <summary>
    /// A network for <see cref="Digits"/> (64 inputs, 10 classes) with the given hidden widths:
    /// <c>ForDigits()</c> is softmax regression, <c>ForDigits(64)</c> is the MLP 64-64-10.
    /// </summary>
    /// <param name="hiddenLayers">Widths of the hidden ReLU layers, each &gt;= 1.</param>
    public static Network ForDigits(params int[] hiddenLayers)
    {
        ArgumentNullException.ThrowIfNull(hiddenLayers);
        return Mlp([Digits.PixelCount, .. hiddenLayers, Digits.ClassCount]);
    }

    /// <summary>The widths: inputs, hidden layers..., classes.</summary>
    public IReadOnlyList<int> LayerSizes => _sizes;

    /// <summary>The number of features per input row.</summary>
    public int InputCount => _sizes[0];

    /// <summary>The number of classes (outputs).</summary>
    public int ClassCount => _sizes[^1];

    /// <summary>The number of linear layers (hidden layers + 1).</summary>
    public int LayerCount => _sizes.Length - 1;

    /// <summary>The total number of weights and biases.</summary>
    public int ParameterCount { get; }

    /// <summary>A legend label: <c>softmax regression 64-10</c> or <c>MLP 64-64-10</c>.</summary>
    public string Name { get; }

    /// <summary>Where layer <paramref name="layer"/>'s weights [outputs x inputs] start in the flat parameter array.</summary>
    public int WeightOffset(int layer) => _weightOffsets[CheckLayer(layer)];

    /// <summary>Where layer <paramref name="layer"/>'s biases start in the flat parameter array.</summary>
    public int BiasOffset(int layer) => _biasOffsets[CheckLayer(layer)];

    internal int LayerInputs(int layer) => _sizes[layer];

    internal int LayerOutputs(int layer) => _sizes[layer + 1];

    /// <summary>
    /// Fresh parameters drawn from <c>new Random(seed)</c>, layer by layer, weights row-major:
    /// layers followed by ReLU get He (Kaiming) uniform weights, <c>U(-sqrt(6/fan_in), sqrt(6/fan_in))</c>
    /// (PyTorch <c>kaiming_uniform_(w, nonlinearity="relu")</c>, He et al. 2015); the output layer gets
    /// Glorot (Xavier) uniform weights, <c>U(-sqrt(6/(fan_in+fan_out)), +...)</c> (PyTorch <c>xavier_uniform_</c>,
    /// Glorot &amp; Bengio 2010). Biases start at 0. Only +, *, sqrt are used, so the values are bit-identical everywhere.
    /// </summary>
    public double[] InitialParameters(int seed)
    {
        var parameters = new double[ParameterCount];
        var random = new Random(seed);
        for (int l = 0; l < LayerCount; l++)
        {
            int fanIn = _sizes[l], fanOut = _sizes[l + 1];
            double bound = l < LayerCount - 1 ? Math.Sqrt(6.0 / fanIn) : Math.Sqrt(6.0 / (fanIn + fanOut));
            var weights = parameters.AsSpan(_weightOffsets[l], fanIn * fanOut);
            for (int i = 0; i < weights.Length; i++) weights[i] = (2 * random.NextDouble() - 1) * bound;
        }
        return parameters;
    }

    /// <summary>
    /// The mean cross-entropy over the given rows and its gradient with respect to every parameter
    /// (written into <paramref name="gradient"/>, same layout as the parameters).
    /// </summary>
    /// <param name="parameters">Length <see cref="ParameterCount"/>.</param>
    /// <param name="data">Rows with <see cref="InputCount"/> features and <see cref="ClassCount"/> classes.</param>
    /// <param name="rows">Row indices into <paramref name="data"/> (the mini-batch), not empty.</param>
    /// <param name="gradient">Receives the gradient; length <see cref="ParameterCount"/>.</param>
    public double LossAndGradient(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> rows, Span<double> gradient)
    {
        CheckParameters(parameters, data);
        Guard.SameLength(ParameterCount, gradient.Length, nameof(gradient));
        var workspace = Gather(data, rows, out var labels);
        return workspace.LossAndGradient(parameters, workspace.Input, labels, rows.Length, gradient);
    }

    /// <summary>The mean cross-entropy over the given rows (no gradient), e.g. for finite-difference checks.</summary>
    public double Loss(ReadOnlySpan<double> parameters, Dataset data, ReadOnlySpan<int> rows)
    {
        CheckParameters(parameters, data);
        var workspace = Gather(data, rows, out var labels);
        var evaluation = new EvaluationAccumulator();
        workspace.Evaluate(parameters, workspace.Input, labels, rows.Length, ref evaluation, predictions: default);
        return evaluation.LossSum / rows.Length;
    }

    /// <summary>Mean cross-entropy and accuracy of the parameters over every row of <paramref name="data"/>.</summary>
    public Evaluation Evaluate(ReadOnlySpan<double> parameters, Dataset data)
    {
        CheckParameters(parameters, data);
        return new NetworkWorkspace(this, Math.Min(data.Count, NetworkWorkspace.EvaluationRows)).Evaluate(parameters, data, predictions: default);
    }

    /// <summary>The predicted class (arg max of the logits, lowest index on ties) of every row of <paramref name="data"/>.</summary>
    public int[] Predict(ReadOnlySpan<double> parameters, Dataset data)
    {
        CheckParameters(parameters, data);
        var predictions = new int[data.Count];
        new NetworkWorkspace(this, Math.Min(data.Count, NetworkWorkspace.EvaluationRows)).Evaluate(parameters, data, predictions);
        return predictions;
    }

    /// <summary>The legend label.</summary>
    public override string ToString() => Name;

    private NetworkWorkspace Gather(Dataset data, ReadOnlySpan<int> rows, out int[] labels)
    {
        Guard.NotEmpty(rows);
        var workspace = new NetworkWorkspace(this, rows.Length);
        labels = new int[rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            if ((uint)rows[i] >= (uint)data.Count)
                throw new ArgumentOutOfRangeException(nameof(rows), rows[i], $"rows must be in [0, {data.Count - 1}], but rows[{i}] was {rows[i]}.");
        }
        workspace.Gather(data, rows, labels);
        return workspace;
    }

    private void CheckParameters(ReadOnlySpan<double> parameters, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Guard.SameLength(ParameterCount, parameters.Length, nameof(parameters));
        if (data.FeatureCount != InputCount || data.ClassCount != ClassCount)
            throw new ArgumentException(
                $"data must have {InputCount} features and {ClassCount} classes for {Name}, but had {data.FeatureCount} features and {data.ClassCount} classes.",
                nameof(data));
    }

    private int CheckLayer(int layer)
    {
        if ((uint)layer >= (uint)LayerCount)
            throw new ArgumentOutOfRangeException(nameof(layer), layer, $"layer must be in [0, {LayerCount - 1}], but was {layer}.");
        return layer;
    }
}

using System.Diagnostics;

namespace LrNotebooks.Training;

/// <summary>
/// Pre-allocated buffers for forward and backward passes of one <see cref="Network"/> over up to
/// <see cref="Capacity"/> rows at a time, so the training loop allocates nothing. Not thread-safe: one per run.
/// </summary>
internal sealed class NetworkWorkspace
{
    private readonly Network _network;
    private readonly double[] _input;
    private readonly int[] _labels;
    private readonly double[][] _activations;
    private double[] _delta;
    private double[] _previousDelta;

    /// <summary>Rows per chunk when evaluating a whole data set: enough to amortise the calls, small enough that the buffers stay off the large-object heap.</summary>
    public const int EvaluationRows = 64;

    public NetworkWorkspace(Network network, int capacity)
    {
        Debug.Assert(capacity >= 1);
        _network = network;
        Capacity = capacity;
        _input = new double[capacity * network.InputCount];
        _labels = new int[capacity];
        _activations = new double[network.LayerCount][];
        int widest = 0;
        for (int l = 0; l < network.LayerCount; l++)
        {
            _activations[l] = new double[capacity * network.LayerOutputs(l)];
            widest = Math.Max(widest, network.LayerOutputs(l));
        }
        _delta = new double[capacity * widest];
        _previousDelta = new double[capacity * widest];
    }

    /// <summary>The most rows one pass can take.</summary>
    public int Capacity { get; }

    /// <summary>The gathered mini-batch rows.</summary>
    public ReadOnlySpan<double> Input => _input;

    /// <summary>The gathered mini-batch labels.</summary>
    public ReadOnlySpan<int> Labels => _labels;

    /// <summary>Copies the given rows of <paramref name="data"/> (and their labels) into the batch buffers.</summary>
    public void Gather(Dataset data, ReadOnlySpan<int> rows, Span<int> labels)
    {
        Debug.Assert(rows.Length <= Capacity);
        int features = data.FeatureCount;
        var source = data.Features;
        for (int i = 0; i < rows.Length; i++)
        {
            source.Slice(rows[i] * features, features).CopyTo(_input.AsSpan(i * features, features));
            labels[i] = data.Labels[rows[i]];
        }
    }

    /// <summary>Gathers rows into the workspace's own label buffer (used by the training loop).</summary>
    public void Gather(Dataset data, ReadOnlySpan<int> rows) => Gather(data, rows, _labels);

    /// <summary>
    /// Mean cross-entropy over <paramref name="rows"/> rows of <paramref name="input"/> and its gradient
    /// (overwritten, not accumulated) in <paramref name="gradient"/>.
    /// </summary>
    public double LossAndGradient(ReadOnlySpan<double> parameters, ReadOnlySpan<double> input, ReadOnlySpan<int> labels, int rows, Span<double> gradient)
    {
        Forward(parameters, input, rows);
        int last = _network.LayerCount - 1;
        int classes = _network.ClassCount;
        var logits = _activations[last].AsSpan(0, rows * classes);
        var delta = _delta.AsSpan(0, rows * classes);
        double lossSum = 0;
        double scale = 1.0 / rows;
        for (int r = 0; r < rows; r++)
        {
            var z = logits.Slice(r * classes, classes);
            var d = delta.Slice(r * classes, classes);
            double max = Max(z);
            double sum = 0;
            for (int k = 0; k < classes; k++)
            {
                double e = Math.Exp(z[k] - max);
                d[k] = e;
                sum += e;
            }
            int y = labels[r];
            lossSum += max + Math.Log(sum) - z[y];
            double inverse = scale / sum;
            for (int k = 0; k < classes; k++) d[k] *= inverse;
            d[y] -= scale;
        }
        Backward(parameters, input, rows, gradient);
        return lossSum / rows;
    }

    /// <summary>Adds the loss sum, correct count and row count of <paramref name="rows"/> rows to <paramref name="accumulator"/>; optionally writes predictions.</summary>
    public void Evaluate(ReadOnlySpan<double> parameters, ReadOnlySpan<double> input, ReadOnlySpan<int> labels, int rows, ref EvaluationAccumulator accumulator, Span<int> predictions)
    {
        Forward(parameters, input, rows);
        int classes = _network.ClassCount;
        var logits = _activations[_network.LayerCount - 1].AsSpan(0, rows * classes);
        for (int r = 0; r < rows; r++)
        {
            var z = logits.Slice(r * classes, classes);
            double max = Max(z);
            double sum = 0;
            int best = 0;
            for (int k = 0; k < classes; k++)
            {
                sum += Math.Exp(z[k] - max);
                if (z[k] > z[best]) best = k;
            }
            int y = labels[r];
            accumulator.LossSum += max + Math.Log(sum) - z[y];
            if (best == y) accumulator.Correct++;
            if (!predictions.IsEmpty) predictions[r] = best;
        }
        accumulator.Count += rows;
    }

    /// <summary>Evaluates every row of <paramref name="data"/> in chunks of <see cref="Capacity"/> rows (rows are contiguous, so no copy).</summary>
    public Evaluation Evaluate(ReadOnlySpan<double> parameters, Dataset data, Span<int> predictions)
    {
        var accumulator = new EvaluationAccumulator();
        int features = data.FeatureCount;
        for (int start = 0; start < data.Count; start += Capacity)
        {
            int rows = Math.Min(Capacity, data.Count - start);
            Evaluate(parameters, data.Features.Slice(start * features, rows * features), data.Labels.Slice(start, rows), rows,
                ref accumulator, predictions.IsEmpty ? default : predictions.Slice(start, rows));
        }
        return accumulator.ToEvaluation();
    }

    private void Forward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> input, int rows)
    {
        var current = input;
        for (int l = 0; l < _network.LayerCount; l++)
        {
            int inputs = _network.LayerInputs(l), outputs = _network.LayerOutputs(l);
            var output = _activations[l].AsSpan(0, rows * outputs);
            TiledKernels.Linear(current[..(rows * inputs)], rows, inputs,
                parameters.Slice(_network.WeightOffset(l), outputs * inputs), parameters.Slice(_network.BiasOffset(l), outputs), output,
                relu: l < _network.LayerCount - 1);
            current = output;
        }
    }

    /// <summary>Back-propagates the output delta held in <c>_delta</c> (dLoss/dLogits) through every layer.</summary>
    private void Backward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> input, int rows, Span<double> gradient)
    {
        for (int l = _network.LayerCount - 1; l >= 0; l--)
        {
            int inputs = _network.LayerInputs(l), outputs = _network.LayerOutputs(l);
            ReadOnlySpan<double> layerInput = l == 0 ? input[..(rows * inputs)] : _activations[l - 1].AsSpan(0, rows * inputs);
            var delta = _delta.AsSpan(0, rows * outputs);
            var weightGradient = gradient.Slice(_network.WeightOffset(l), outputs * inputs);
            TiledKernels.WeightGradient(delta, rows, outputs, layerInput, inputs, weightGradient);
            Kernels.SumRows(delta, rows, gradient.Slice(_network.BiasOffset(l), outputs));
            if (l == 0) break;

            var weights = parameters.Slice(_network.WeightOffset(l), outputs * inputs);
            var previous = _previousDelta.AsSpan(0, rows * inputs);
            TiledKernels.InputDelta(delta, rows, outputs, weights, inputs, layerInput, previous);
            (_delta, _previousDelta) = (_previousDelta, _delta);
        }
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        double max = values[0];
        for (int k = 1; k < values.Length; k++) if (values[k] > max) max = values[k];
        return max;
    }
}

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// The explicit, mutable state of one optimizer over one parameter vector: the step count and the
/// per-parameter buffers (momentum, moments, accumulators). Made by <see cref="Optimizer.CreateState"/>.
/// </summary>
public sealed class OptimizerState
{
    private readonly double[][] _buffers;
    private readonly double[] _scalars;

    internal OptimizerState(Optimizer owner, int parameterCount, int bufferCount, int scalarCount = 0)
    {
        Owner = owner;
        ParameterCount = parameterCount;
        _buffers = new double[bufferCount][];
        for (int i = 0; i < bufferCount; i++) _buffers[i] = new double[parameterCount];
        _scalars = new double[scalarCount];
    }

    /// <summary>The optimizer this state belongs to.</summary>
    public Optimizer Owner { get; }

    /// <summary>The number of parameters.</summary>
    public int ParameterCount { get; }

    /// <summary>The number of steps taken so far (0 before the first step).</summary>
    public int Step { get; internal set; }

    /// <summary>The learning rate used by the most recent step (0 before the first step).</summary>
    public double LastLearningRate { get; internal set; }

    /// <summary>How many per-parameter buffers this state holds.</summary>
    public int BufferCount => _buffers.Length;

    /// <summary>Per-parameter buffer <paramref name="index"/>; its meaning is defined by the optimizer (documented there).</summary>
    public Span<double> Buffer(int index) => _buffers[index];

    /// <summary>
    /// Scalar state shared by all parameters (e.g. NAdam's running product of momentum coefficients);
    /// its meaning is defined by the optimizer (documented there). Empty for most optimizers.
    /// </summary>
    public Span<double> Scalars => _scalars;

    /// <summary>A deep copy, e.g. to branch a run.</summary>
    public OptimizerState Clone()
    {
        var copy = new OptimizerState(Owner, ParameterCount, _buffers.Length, _scalars.Length) { Step = Step, LastLearningRate = LastLearningRate };
        for (int i = 0; i < _buffers.Length; i++) _buffers[i].CopyTo(copy._buffers[i], 0);
        _scalars.CopyTo(copy._scalars, 0);
        return copy;
    }
}

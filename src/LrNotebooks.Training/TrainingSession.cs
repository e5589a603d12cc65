using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Training;

/// <summary>
/// The mutable state of one training run: the flat parameter and gradient arrays, the optimizer state, the
/// shuffled row order and the workspace. Shared by <see cref="Trainer"/> and <see cref="RangeTest"/>.
/// </summary>
internal sealed class TrainingSession
{
    private readonly Network _network;
    private readonly Dataset _train;
    private readonly Optimizer _optimizer;
    private readonly NetworkWorkspace _workspace;
    private readonly double[] _gradient;
    private readonly int[] _order;
    private readonly Random _shuffle;
    private readonly double[]? _evaluationPoint;

    public TrainingSession(Network network, Dataset train, Optimizer optimizer, int batchSize, int seed, int shuffleSeed)
    {
        _network = network;
        _train = train;
        _optimizer = optimizer;
        BatchSize = Math.Min(batchSize, train.Count);
        BatchesPerEpoch = Trainer.BatchesPerEpoch(train.Count, batchSize);
        // Evaluation reuses the workspace in chunks of at least EvaluationRows rows.
        _workspace = new NetworkWorkspace(network, Math.Max(BatchSize, Math.Min(train.Count, NetworkWorkspace.EvaluationRows)));
        Parameters = network.InitialParameters(seed);
        _gradient = new double[network.ParameterCount];
        State = optimizer.CreateState(network.ParameterCount);
        _order = new int[train.Count];
        _shuffle = new Random(shuffleSeed);
        if (optimizer is ScheduleFreeOptimizer) _evaluationPoint = new double[network.ParameterCount];
    }

    public double[] Parameters { get; }

    public OptimizerState State { get; }

    public int BatchSize { get; }

    public int BatchesPerEpoch { get; }

    /// <summary>The learning rate the next <see cref="Step"/> will use.</summary>
    public double NextLearningRate => _optimizer.LearningRate.At(State.Step);

    /// <summary>Starts an epoch: a fresh permutation of the training rows.</summary>
    public void Shuffle()
    {
        for (int i = 0; i < _order.Length; i++) _order[i] = i;
        DeterministicShuffle.Shuffle(_order, _shuffle);
    }

    /// <summary>Mean loss of batch <paramref name="batch"/> of the current epoch at the current parameters; the gradient is kept for <see cref="Step"/>.</summary>
    public double ComputeBatch(int batch)
    {
        int start = batch * BatchSize;
        int rows = Math.Min(BatchSize, _order.Length - start);
        _workspace.Gather(_train, _order.AsSpan(start, rows));
        return _workspace.LossAndGradient(Parameters, _workspace.Input, _workspace.Labels, rows, _gradient);
    }

    /// <summary>One optimizer update with the gradient of the last <see cref="ComputeBatch"/>.</summary>
    public void Step() => _optimizer.Step(Parameters, _gradient, State);

    public bool ParametersFinite => Kernels.AllFinite(Parameters);

    /// <summary>
    /// The parameters to evaluate and keep: the trained ones, except for a schedule-free optimizer, whose evaluation
    /// point is the average x held in its state (the parameters hold the gradient point y).
    /// </summary>
    public double[] EvaluationParameters
    {
        get
        {
            if (_evaluationPoint is null) return Parameters;
            ((ScheduleFreeOptimizer)_optimizer).WriteEvaluationPoint(State, Parameters, _evaluationPoint);
            return _evaluationPoint;
        }
    }

    public Evaluation Evaluate(Dataset data) => _workspace.Evaluate(EvaluationParameters, data, predictions: default);
}

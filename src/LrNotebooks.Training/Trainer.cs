using LrNotebooks.Core;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training;

/// <summary>
/// Mini-batch training of a <see cref="Network"/> on a <see cref="DataSplit"/> with any <see cref="Optimizer"/>:
/// per epoch, a seeded shuffle of the training rows, one optimizer step per mini-batch (all parameters in one
/// flat array, one optimizer state), then the mean loss and accuracy on the whole training and validation sets.
/// Single-threaded and allocation-free inside the loop; run many in parallel with <see cref="TrainingSweep"/>.
/// </summary>
/// <remarks>
/// Divergence: a run stops as soon as a mini-batch loss is non-finite or larger than
/// <see cref="TrainingOptions.DivergenceFactor"/> times the first one, or an update makes a parameter
/// non-finite, or the end-of-epoch metrics are non-finite. It then returns the completed epochs and
/// <c>RunStatus(Diverged, k)</c> with k the 0-based global batch step where it was detected; no NaN or
/// infinity ever reaches the result.
/// </remarks>
public static class Trainer
{
    /// <summary>
    /// Trains with <paramref name="optimizer"/> as given: its own schedule is read at the global batch step
    /// (<see cref="ScheduleStepping.PerBatch"/>). To step a schedule per epoch, use the overload that takes the
    /// optimizer as a recipe and the schedule separately.
    /// </summary>
    /// <param name="network">The model.</param>
    /// <param name="data">Training and validation rows matching the network's input and class counts.</param>
    /// <param name="optimizer">The update rule and its learning-rate schedule.</param>
    /// <param name="options">Epochs, batch size, seeds, divergence rule, label, progress; null for the defaults.</param>
    public static TrainingResult Train(Network network, DataSplit data, Optimizer optimizer, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        return Run(network, data, optimizer, options ?? new TrainingOptions());
    }

    /// <summary>
    /// Trains with the optimizer <paramref name="optimizer"/>(<c>lr</c>) where <c>lr</c> is
    /// <paramref name="schedule"/> stepped as <paramref name="stepping"/> says, e.g.
    /// <c>Train(net, data, lr =&gt; Optimizer.Sgd(lr, momentum: 0.9), Schedule.Cosine(0.1, 30), ScheduleStepping.PerEpoch)</c>.
    /// Per epoch, the optimizer gets <c>new EpochSchedule(schedule, BatchesPerEpoch)</c>, so batch step t uses
    /// <c>schedule.At(t / BatchesPerEpoch)</c>; per batch, it gets <paramref name="schedule"/> unchanged.
    /// </summary>
    /// <param name="network">The model.</param>
    /// <param name="data">Training and validation rows matching the network's input and class counts.</param>
    /// <param name="optimizer">Makes the optimizer from the learning-rate schedule it must follow.</param>
    /// <param name="schedule">The learning-rate schedule; its step counts batches or epochs according to <paramref name="stepping"/>.</param>
    /// <param name="stepping">Whether the schedule advances every mini-batch or every epoch.</param>
    /// <param name="options">Epochs, batch size, seeds, divergence rule, label, progress; null for the defaults.</param>
    public static TrainingResult Train(Network network, DataSplit data, Func<Schedule, Optimizer> optimizer, Schedule schedule,
        ScheduleStepping stepping = ScheduleStepping.PerBatch, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(data);
        options ??= new TrainingOptions();
        Guard.AtLeast(options.BatchSize, 1);
        var effective = stepping switch
        {
            ScheduleStepping.PerBatch => schedule,
            ScheduleStepping.PerEpoch => new EpochSchedule(schedule, BatchesPerEpoch(data.Train.Count, options.BatchSize)),
            _ => throw new ArgumentOutOfRangeException(nameof(stepping), stepping, "stepping must be PerBatch or PerEpoch."),
        };
        var built = optimizer(effective)
            ?? throw new ArgumentException("optimizer returned null; it must return an optimizer built on the schedule it is given.", nameof(optimizer));
        return Run(network, data, built, options);
    }

    /// <summary>
    /// Trains with a metric-driven rate (PyTorch <c>ReduceLROnPlateau</c>, stepped once per epoch): every batch of an epoch
    /// uses the rate <paramref name="plateau"/> holds; after the epoch, its metric (by default the validation loss) goes to
    /// <c>plateau.Step</c>, whose answer is the next epoch's rate. <see cref="EpochMetrics.LearningRate"/> records each
    /// epoch's rate, e.g.
    /// <c>TrainWithPlateau(net, data, lr =&gt; Optimizer.Sgd(lr, momentum: 0.9), new ReduceOnPlateau(0.1, factor: 0.5, patience: 3))</c>.
    /// </summary>
    /// <param name="network">The model.</param>
    /// <param name="data">Training and validation rows matching the network's input and class counts.</param>
    /// <param name="optimizer">Makes the optimizer from the learning-rate schedule it must follow.</param>
    /// <param name="plateau">The plateau rule, fresh (no <c>Step</c> yet); it is stepped in place, so its <c>Reductions</c> and <c>Best</c> can be read afterwards.</param>
    /// <param name="metric">The monitored value of an epoch; null = <see cref="EpochMetrics.ValidationLoss"/> (use <see cref="PlateauMode.Max"/> in the rule for an accuracy).</param>
    /// <param name="options">Epochs, batch size, seeds, divergence rule, label, progress; null for the defaults.</param>
    public static TrainingResult TrainWithPlateau(Network network, DataSplit data, Func<Schedule, Optimizer> optimizer, ReduceOnPlateau plateau,
        Func<EpochMetrics, double>? metric = null, TrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(plateau);
        ArgumentNullException.ThrowIfNull(data);
        if (plateau.Epoch != 0)
            throw new ArgumentException($"plateau must be fresh, but it has already been stepped {plateau.Epoch} times; create a new ReduceOnPlateau per run.", nameof(plateau));
        options ??= new TrainingOptions();
        Guard.AtLeast(options.BatchSize, 1);
        metric ??= m => m.ValidationLoss;
        var rates = new PlateauRates(plateau, BatchesPerEpoch(data.Train.Count, options.BatchSize));
        var built = optimizer(rates)
            ?? throw new ArgumentException("optimizer returned null; it must return an optimizer built on the schedule it is given.", nameof(optimizer));
        return Run(network, data, built, options, m => rates.EndEpoch(metric(m)));
    }

    /// <summary>Mini-batches per epoch: <c>ceil(trainCount / batchSize)</c> (the last one may be smaller).</summary>
    /// <param name="trainCount">Training rows, &gt;= 1.</param>
    /// <param name="batchSize">Rows per batch, &gt;= 1.</param>
    public static int BatchesPerEpoch(int trainCount, int batchSize)
    {
        Guard.AtLeast(trainCount, 1);
        Guard.AtLeast(batchSize, 1);
        return (trainCount - 1) / batchSize + 1;   // no overflow for batchSize = int.MaxValue (full batch)
    }

    /// <summary>
    /// A legend label: <c>{network}, {optimizer}</c>, followed by the schedule's name when the optimizer's
    /// name does not already show it and it is not constant.
    /// </summary>
    public static string LabelFor(Network network, Optimizer optimizer)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(optimizer);
        var schedule = optimizer.LearningRate;
        bool showSchedule = schedule is not ConstantSchedule && !optimizer.Name.Contains(schedule.Name, StringComparison.Ordinal);
        return showSchedule ? $"{network.Name}, {optimizer.Name}, {schedule.Name}" : $"{network.Name}, {optimizer.Name}";
    }

    private static TrainingResult Run(Network network, DataSplit data, Optimizer optimizer, TrainingOptions options,
        Action<EpochMetrics>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        Guard.AtLeast(options.Epochs, 1);
        Guard.AtLeast(options.BatchSize, 1);
        if (!(options.DivergenceFactor > 1))
            throw new ArgumentOutOfRangeException(nameof(options), options.DivergenceFactor,
                $"options.DivergenceFactor must be > 1 (allowed range (1, +inf]), but was {options.DivergenceFactor}.");
        if (data.FeatureCount != network.InputCount || data.ClassCount != network.ClassCount)
            throw new ArgumentException(
                $"data must have {network.InputCount} features and {network.ClassCount} classes for {network.Name}, but had {data.FeatureCount} features and {data.ClassCount} classes.",
                nameof(data));

        var session = new TrainingSession(network, data.Train, optimizer, options.BatchSize, options.Seed, options.EffectiveShuffleSeed);
        int totalSteps = options.Epochs * session.BatchesPerEpoch;
        var batchLosses = new List<double>(totalSteps);
        var learningRates = new List<double>(totalSteps);
        var epochs = new List<EpochMetrics>(options.Epochs);
        string label = options.Label ?? LabelFor(network, optimizer);
        double limit = double.PositiveInfinity;
        int step = 0;
        var sharpness = new List<SharpnessPoint>();
        var sharpnessOptions = options.Sharpness;
        var hessian = sharpnessOptions is null ? null : new NetworkHessian(network, data.Train, sharpnessOptions.L2);
        double[]? eigenvector = null;

        void MeasureSharpness()
        {
            var estimate = hessian!.Sharpness(session.Parameters, sharpnessOptions!.Tolerance, sharpnessOptions.MaxIterations,
                sharpnessOptions.Seed, eigenvector);
            eigenvector = estimate.Vector;
            if (double.IsFinite(estimate.Value))
                sharpness.Add(new SharpnessPoint(step, estimate.Value, estimate.Iterations, estimate.Converged));
        }

        TrainingResult Finish(RunOutcome outcome, int statusStep) => new(label, epochs, new RunStatus(outcome, statusStep))
        {
            BatchLosses = batchLosses,
            BatchLearningRates = learningRates,
            Parameters = outcome == RunOutcome.Diverged ? null : (double[])session.EvaluationParameters.Clone(),
            BatchesPerEpoch = session.BatchesPerEpoch,
            Sharpness = sharpness,
        };

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            session.Shuffle();
            for (int batch = 0; batch < session.BatchesPerEpoch; batch++, step++)
            {
                double loss = session.ComputeBatch(batch);
                if (!double.IsFinite(loss) || loss > limit) return Finish(RunOutcome.Diverged, step);
                if (step == 0) limit = options.DivergenceFactor * loss;
                if (hessian is not null && step % sharpnessOptions!.Every == 0) MeasureSharpness();
                double learningRate = session.NextLearningRate;
                session.Step();
                batchLosses.Add(loss);
                learningRates.Add(learningRate);
                if (!session.ParametersFinite) return Finish(RunOutcome.Diverged, step);
            }
            var train = session.Evaluate(data.Train);
            var validation = session.Evaluate(data.Validation);
            if (!double.IsFinite(train.Loss) || !double.IsFinite(validation.Loss)) return Finish(RunOutcome.Diverged, step - 1);
            var metrics = new EpochMetrics(epoch, train.Loss, train.Accuracy, validation.Loss, validation.Accuracy, learningRates[^1]);
            epochs.Add(metrics);
            afterEpoch?.Invoke(metrics);
            options.Progress?.Invoke(metrics);
        }
        if (hessian is not null) MeasureSharpness();
        return Finish(RunOutcome.StillRunning, step);
    }
}

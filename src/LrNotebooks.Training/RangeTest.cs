using LrNotebooks.Core;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training;

/// <summary>
/// The learning-rate range test (Smith 2015, "Cyclical Learning Rates for Training Neural Networks",
/// section 3.3; fast.ai <c>Learner.lr_find</c>): train from fresh weights while the learning rate grows
/// exponentially from a start to an end value, one step per mini-batch, and watch the loss.
/// </summary>
/// <remarks>
/// <para>Recording: at step i the mini-batch loss is computed at the current parameters, recorded with the
/// learning rate step i is about to use, and then the update is made (as fast.ai records it).</para>
/// <para>Smoothing: <c>avg = beta * avg + (1 - beta) * loss</c> (avg starts at 0),
/// <c>smoothed[i] = avg / (1 - beta^(i+1))</c> (bias correction, as in Adam), beta = 0.98 by default.</para>
/// <para>Stop rule: the test ends when <c>smoothed[i] &gt; StopFactor * min(smoothed[0..i])</c> (default 4; that point is
/// kept, as in fast.ai) or when the loss is non-finite (that point is dropped), or after the planned steps.</para>
/// <para>Suggestions, on the smoothed curve within fast.ai's window (indices <c>[plannedSteps / 10, count - 5)</c>;
/// the whole curve if that window has fewer than 2 points):
/// "steep" (fast.ai <c>SuggestionMethod.Steep</c>): with the forward differences
/// <c>g[i] = (smoothed[i+1] - smoothed[i]) / (ln lr[i+1] - ln lr[i])</c>, the learning rate <c>lr[i]</c> at the
/// most negative <c>g[i]</c>; "minimum/10" (fast.ai <c>SuggestionMethod.Minimum</c>): the learning rate of the smallest
/// smoothed loss, divided by 10. Ties go to the lower index.</para>
/// </remarks>
public static class RangeTest
{
    /// <summary>Runs the range test on the training part of <paramref name="data"/>.</summary>
    /// <param name="network">The model (fresh weights from <see cref="RangeTestOptions.Seed"/>).</param>
    /// <param name="data">The data; only <see cref="DataSplit.Train"/> is used.</param>
    /// <param name="optimizer">Makes the optimizer on the growing schedule, e.g. <c>lr =&gt; Optimizer.Sgd(lr, momentum: 0.9)</c>.</param>
    /// <param name="options">Start and end LR, steps, batch size, seed, smoothing, stop factor; null for the defaults.</param>
    public static RangeTestResult Run(Network network, DataSplit data, Func<Schedule, Optimizer> optimizer, RangeTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Run(network, data.Train, optimizer, options);
    }

    /// <summary>Runs the range test on <paramref name="train"/>.</summary>
    /// <param name="network">The model (fresh weights from <see cref="RangeTestOptions.Seed"/>).</param>
    /// <param name="train">The training rows.</param>
    /// <param name="optimizer">Makes the optimizer on the growing schedule, e.g. <c>lr =&gt; Optimizer.Sgd(lr, momentum: 0.9)</c>.</param>
    /// <param name="options">Start and end LR, steps, batch size, seed, smoothing, stop factor; null for the defaults.</param>
    public static RangeTestResult Run(Network network, Dataset train, Func<Schedule, Optimizer> optimizer, RangeTestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(optimizer);
        options ??= new RangeTestOptions();
        Guard.AtLeast(options.BatchSize, 1);
        CheckRule(options.Smoothing, options.StopFactor, "options.Smoothing", "options.StopFactor");
        if (train.FeatureCount != network.InputCount || train.ClassCount != network.ClassCount)
            throw new ArgumentException(
                $"train must have {network.InputCount} features and {network.ClassCount} classes for {network.Name}, but had {train.FeatureCount} features and {train.ClassCount} classes.",
                nameof(train));
        int steps = options.Steps ?? Trainer.BatchesPerEpoch(train.Count, options.BatchSize);
        if (steps < 2)
            throw new ArgumentOutOfRangeException(nameof(options), steps, $"options.Steps must be an integer >= 2 (one pass of this data gives {steps}), but was {steps}.");
        var schedule = new RangeTestSchedule(options.StartLearningRate, options.EndLearningRate, steps);
        var built = optimizer(schedule)
            ?? throw new ArgumentException("optimizer returned null; it must return an optimizer built on the schedule it is given.", nameof(optimizer));

        var session = new TrainingSession(network, train, built, options.BatchSize, options.Seed, unchecked(options.Seed + 1));
        var recorder = new RangeTestRecorder(steps, options.Smoothing, options.StopFactor);
        for (int step = 0; step < steps; step++)
        {
            int batch = step % session.BatchesPerEpoch;
            if (batch == 0) session.Shuffle();
            double loss = session.ComputeBatch(batch);
            if (!recorder.Add(session.NextLearningRate, loss)) break;
            session.Step();
        }
        return recorder.Finish();
    }

    /// <summary>
    /// Applies the smoothing, stop rule and suggestion rules to a recorded (learning rate, loss) sequence, e.g.
    /// one from another framework; the curve ends where the stop rule would have stopped the test.
    /// </summary>
    /// <param name="learningRates">Strictly increasing, finite, positive learning rates (at least 2).</param>
    /// <param name="losses">The loss at each learning rate (same length; the first must be finite; non-finite values stop the test).</param>
    /// <param name="plannedSteps">The planned step count used for fast.ai's window; null means <c>learningRates.Count</c>.</param>
    /// <param name="smoothing">beta of the running average, in [0, 1).</param>
    /// <param name="stopFactor">The stop multiple, &gt; 1.</param>
    public static RangeTestResult Analyze(IReadOnlyList<double> learningRates, IReadOnlyList<double> losses, int? plannedSteps = null,
        double smoothing = 0.98, double stopFactor = 4)
    {
        ArgumentNullException.ThrowIfNull(learningRates);
        ArgumentNullException.ThrowIfNull(losses);
        if (learningRates.Count < 2)
            throw new ArgumentException($"learningRates must have at least 2 values, but had {learningRates.Count}.", nameof(learningRates));
        Guard.SameLength(learningRates.Count, losses.Count, nameof(losses));
        for (int i = 0; i < learningRates.Count; i++)
        {
            Guard.Positive(learningRates[i], $"learningRates[{i}]");
            if (i > 0 && !(learningRates[i] > learningRates[i - 1]))
                throw new ArgumentException($"learningRates must be strictly increasing, but learningRates[{i}] = {learningRates[i]} <= learningRates[{i - 1}] = {learningRates[i - 1]}.", nameof(learningRates));
        }
        Guard.Finite(losses[0], "losses[0]");
        int planned = plannedSteps ?? learningRates.Count;
        Guard.AtLeast(planned, 2, nameof(plannedSteps));
        CheckRule(smoothing, stopFactor, nameof(smoothing), nameof(stopFactor));
        var recorder = new RangeTestRecorder(planned, smoothing, stopFactor);
        for (int i = 0; i < learningRates.Count && recorder.Add(learningRates[i], losses[i]); i++) { }
        return recorder.Finish();
    }

    private static void CheckRule(double smoothing, double stopFactor, string smoothingName, string stopFactorName)
    {
        Guard.InRange(smoothing, 0, 1, minInclusive: true, maxInclusive: false, smoothingName);
        Guard.InRange(stopFactor, 1, double.MaxValue, minInclusive: false, name: stopFactorName);
    }
}

using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Analysis;

/// <summary>
/// A sweep of fixed learning rates against one schedule on the same noisy problem, in the same number of steps,
/// each setting averaged over the same seeds. It answers "is there a fixed learning rate that does as well as
/// the schedule?": <see cref="ScheduleBeatsEveryFixed"/> is true when none in the sweep does.
/// </summary>
/// <param name="LearningRates">The fixed learning rates, in sweep order.</param>
/// <param name="Fixed">Fixed[i] is the ensemble with the constant rate LearningRates[i].</param>
/// <param name="Scheduled">The ensemble with the schedule.</param>
public sealed record FixedVersusScheduled(IReadOnlyList<double> LearningRates, IReadOnlyList<SeedEnsemble> Fixed, SeedEnsemble Scheduled)
{
    /// <summary>
    /// Runs one <see cref="SeedEnsemble"/> per fixed rate and one for <paramref name="schedule"/>, all with the same
    /// <paramref name="options"/> (steps, noise σ, first seed) and <paramref name="seeds"/> seeds.
    /// </summary>
    /// <param name="surface">The loss surface.</param>
    /// <param name="learningRates">The fixed learning rates, at least one, each finite and &gt; 0.</param>
    /// <param name="schedule">The schedule to compare with them.</param>
    /// <param name="optimizer">Makes the optimizer from a learning rate or schedule, e.g. <c>lr =&gt; Optimizer.Sgd(lr)</c>.</param>
    /// <param name="start">The common starting point.</param>
    /// <param name="options">Steps, noise σ and first seed, shared by every run (its label is ignored).</param>
    /// <param name="seeds">Seeds per setting, &gt;= 1.</param>
    public static FixedVersusScheduled Run(Surface surface, IReadOnlyList<double> learningRates, Schedule schedule,
        Func<Schedule, Optimizer> optimizer, double[] start, RunOptions options, int seeds)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(learningRates);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(options);
        Guard.AtLeast(learningRates.Count, 1, nameof(learningRates));
        for (int i = 0; i < learningRates.Count; i++) Guard.Positive(learningRates[i], $"{nameof(learningRates)}[{i}]");
        Guard.AtLeast(seeds, 1);

        var unlabelled = options with { Label = null };
        SeedEnsemble Ensemble(Schedule s) => SeedEnsemble.Run(surface, optimizer(s), start, unlabelled, seeds);
        SeedEnsemble[] fixedRuns = [.. learningRates.Select(lr => Ensemble(Schedule.Constant(lr)))];
        return new FixedVersusScheduled([.. learningRates], fixedRuns, Ensemble(schedule));
    }

    /// <summary>The index of the fixed rate with the lowest mean final loss (the first on ties).</summary>
    public int BestFixedIndex => BestFixedIndexAt(Fixed.Min(f => f.MeanLosses.Count) - 1);

    /// <summary>The fixed rate with the lowest mean final loss.</summary>
    public double BestFixedLearningRate => LearningRates[BestFixedIndex];

    /// <summary>The lowest mean final loss of any fixed rate.</summary>
    public double BestFixedLoss => Fixed[BestFixedIndex].MeanFinalLoss;

    /// <summary>
    /// The index of the fixed rate whose mean loss after <paramref name="step"/> steps is lowest: the best fixed rate
    /// for a shorter training budget, read off the same runs (a constant-rate run does not know its budget).
    /// </summary>
    /// <param name="step">The budget, 0 &lt;= step &lt; the shortest mean curve's length.</param>
    public int BestFixedIndexAt(int step)
    {
        Guard.InRange(step, 0, Fixed.Min(f => f.MeanLosses.Count) - 1);
        int best = 0;
        double bestLoss = double.PositiveInfinity;
        for (int i = 0; i < Fixed.Count; i++)
        {
            double loss = Fixed[i].MeanLosses[step];
            if (loss < bestLoss) (best, bestLoss) = (i, loss);
        }
        return best;
    }

    /// <summary>Whether the schedule's mean final loss is strictly lower than that of every fixed rate in the sweep.</summary>
    public bool ScheduleBeatsEveryFixed => Fixed.All(f => Scheduled.MeanFinalLoss < f.MeanFinalLoss);

    /// <summary>How many times lower the schedule's mean final loss is than the best fixed rate's (&gt; 1 = the schedule wins).</summary>
    public double Advantage => BestFixedLoss / Scheduled.MeanFinalLoss;

    /// <summary>e.g. <c>GD(InverseTime): mean final loss 0.00101 (± 5e-5); best fixed η = 0.02: 0.00262 (± 1e-4); 2.6× lower with the schedule (64 seeds each)</c>.</summary>
    public override string ToString()
    {
        SeedEnsemble best = Fixed[BestFixedIndex];
        string verdict = Advantage >= 1
            ? $"{Numbers.Format(Advantage)}× lower with the schedule"
            : $"{Numbers.Format(1 / Advantage)}× higher with the schedule";
        return $"{Scheduled.Label}: mean final loss {Numbers.Format(Scheduled.MeanFinalLoss)} (± {Numbers.Format(Scheduled.FinalLossStandardError, 2)}); "
            + $"best fixed η = {Numbers.Format(BestFixedLearningRate)}: {Numbers.Format(best.MeanFinalLoss)} (± {Numbers.Format(best.FinalLossStandardError, 2)}); "
            + $"{verdict} ({Scheduled.Count} seeds each)";
    }
}

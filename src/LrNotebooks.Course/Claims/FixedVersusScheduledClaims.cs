using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Core.Surfaces;
using MathNet.Numerics.Distributions;

namespace LrNotebooks.Course;

/// <summary>
/// The claims of notebook 04 (fixed versus scheduled learning rates), each computed from the runs the notebook
/// makes. Every overload taking <see cref="NoisyBowlSettings"/> makes those runs itself, so a test can re-run a
/// claim with other seeds, another grid or another budget. Comparisons between settings are paired: seed k sees
/// the same noise in every setting, so each claim compares run k with run k and reports the geometric-mean factor
/// with its 95% interval.
/// </summary>
public static class FixedVersusScheduledClaims
{
    /// <summary>Tolerance of the noise-floor prediction: the measured floor's whole 95% interval lies within ±15% of it.</summary>
    public const double FloorTolerance = 0.15;

    /// <summary>
    /// The noise floor: a fixed rate η under gradient noise σ settles where E[f] = Σᵢ ησ²/(2(2 − ηλᵢ)). Holds when
    /// the 95% interval of the measured level (per-seed mean over steps <paramref name="from"/> to the end, averaged
    /// over seeds) lies within ±15% of the prediction.
    /// </summary>
    /// <param name="run">The fixed-rate runs, one per seed.</param>
    /// <param name="learningRate">Their learning rate η.</param>
    /// <param name="sigma">The gradient noise σ.</param>
    /// <param name="curvatures">The Hessian eigenvalues λᵢ (a quadratic's, the same everywhere).</param>
    /// <param name="from">First step of the window, after the run has reached its floor.</param>
    public static ClaimVerdict NoiseFloor(SeedEnsemble run, double learningRate, double sigma, IReadOnlyList<double> curvatures, int from)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(curvatures);
        Guard.AtLeast(run.Count, 2, nameof(run));
        int end = run.MeanLosses.Count;
        Guard.InRange(from, 0, end - 2);
        double predicted = curvatures.Sum(l => learningRate * sigma * sigma / (2 * (2 - learningRate * l)));
        double[] levels = LossWindows.PerSeed(run, from, end);
        double mean = levels.Average();
        double se = Math.Sqrt(levels.Sum(v => (v - mean) * (v - mean)) / (levels.Length - 1) / levels.Length);
        double half = StudentT.InvCDF(0, 1, levels.Length - 1, 0.975) * se;
        bool holds = mean - half >= (1 - FloorTolerance) * predicted && mean + half <= (1 + FloorTolerance) * predicted;
        string perDirection = string.Join(" + ", curvatures.Select(l => Numbers.Format(learningRate * sigma * sigma / (2 * (2 - learningRate * l)))));
        return new(holds,
            $"η = {Numbers.Format(learningRate)}, σ = {Numbers.Format(sigma)}, λ = {Numbers.List(curvatures)}: predicted "
            + $"{perDirection} = {Numbers.Format(predicted)}; measured {Numbers.Format(mean)} (95% interval "
            + $"{Numbers.Format(mean - half)} to {Numbers.Format(mean + half)}, mean over steps {from}–{end - 1} of "
            + $"{run.Count} seeds), {Numbers.Format(mean / predicted)}× the prediction");
    }

    /// <summary><see cref="NoiseFloor(SeedEnsemble, double, double, IReadOnlyList{double}, int)"/> on runs made from <paramref name="settings"/>.</summary>
    public static ClaimVerdict NoiseFloor(NoisyBowlSettings settings, double learningRate = 0.5, int from = 100)
    {
        ArgumentNullException.ThrowIfNull(settings);
        double[] curvatures = Curvature.Eigenvalues(settings.Bowl, 0, 0);
        return NoiseFloor(settings.Ensemble(learningRate), learningRate, settings.Sigma, curvatures, from);
    }

    /// <summary>
    /// C6: the schedule reaches a lower final loss than every fixed rate of the sweep, seed by seed: against each fixed
    /// rate the paired factor (schedule ÷ fixed) has its whole 95% interval below 1, and no scheduled run diverged. The
    /// best fixed rate is picked on the same seeds it is compared on, which can only favour it.
    /// </summary>
    public static ClaimVerdict ScheduleBeatsEveryFixedRate(FixedVersusScheduled comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        double[] scheduled = FinalLosses(comparison.Scheduled);
        PairedComparison[] against = [.. comparison.Fixed.Select(f => PairedComparison.OfLogRatios(scheduled, FinalLosses(f)))];
        int best = comparison.BestFixedIndex;
        int closest = Enumerable.Range(0, against.Length).MaxBy(i => against[i].FactorHigh);
        bool holds = comparison.Scheduled.Diverged == 0 && against.All(p => p.AIsSmaller);
        return new(holds,
            $"mean final loss after {comparison.Scheduled.MeanLosses.Count - 1} steps: schedule "
            + $"{Numbers.Format(comparison.Scheduled.MeanFinalLoss)}, best fixed η = {Numbers.Format(comparison.BestFixedLearningRate)} "
            + $"{Numbers.Format(comparison.BestFixedLoss)}; {EvidenceText.Factor(against[best], "schedule ÷ best fixed")}; "
            + $"the closest of the {against.Length} fixed rates, η = {Numbers.Format(comparison.LearningRates[closest])}, "
            + $"still has its interval end at {Numbers.Format(against[closest].FactorHigh)}×; "
            + $"{comparison.Scheduled.Diverged} scheduled runs diverged");
    }

    /// <summary>C6 on runs made from <paramref name="settings"/>.</summary>
    public static ClaimVerdict ScheduleBeatsEveryFixedRate(NoisyBowlSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ScheduleBeatsEveryFixedRate(settings.Comparison());
    }

    /// <summary>
    /// C7: the best fixed rate depends on the budget. Read off the same runs after each budget (increasing), the best
    /// fixed rate shrinks from one budget to the next, none sits at the edge of the sweep, and at each longer budget its
    /// own best beats the previous budget's best seed by seed (paired factor with its 95% interval below 1).
    /// </summary>
    /// <param name="comparison">The sweep (its schedule is not used).</param>
    /// <param name="budgets">Increasing budgets, each at most the runs' length, at least two.</param>
    public static ClaimVerdict BestFixedRateShrinksWithBudget(FixedVersusScheduled comparison, IReadOnlyList<int> budgets)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(budgets);
        Guard.AtLeast(budgets.Count, 2, nameof(budgets));
        int[] best = [.. budgets.Select(comparison.BestFixedIndexAt)];
        double[] rates = [.. best.Select(i => comparison.LearningRates[i])];
        bool shrinks = rates.Zip(rates.Skip(1), (a, b) => b < a).All(x => x);
        bool inside = best.All(i => i > 0 && i < comparison.LearningRates.Count - 1);
        var parts = new List<string>();
        bool significant = true;
        for (int k = 1; k < budgets.Count; k++)
        {
            int t = budgets[k];
            var p = PairedComparison.OfLogRatios(
                [.. comparison.Fixed[best[k]].Runs.Select(r => r.Losses[t])],
                [.. comparison.Fixed[best[k - 1]].Runs.Select(r => r.Losses[t])]);
            significant &= p.AIsSmaller;
            parts.Add($"after {t} steps {EvidenceText.Factor(p, $"loss at η = {Numbers.Format(rates[k])} ÷ at η = {Numbers.Format(rates[k - 1])}")}");
        }
        string edge = inside ? "every best rate lies inside the sweep" : "a best rate lies at the edge of the sweep";
        return new(shrinks && inside && significant,
            $"best fixed η after {string.Join(", ", budgets)} steps: {Numbers.List(rates)} ({edge} "
            + $"{Numbers.Format(comparison.LearningRates[0])}–{Numbers.Format(comparison.LearningRates[^1])}); {string.Join("; ", parts)}");
    }

    /// <summary>C7 on runs made from <paramref name="settings"/>, at budgets 30, 100 and the full budget (or the given ones).</summary>
    public static ClaimVerdict BestFixedRateShrinksWithBudget(NoisyBowlSettings settings, IReadOnlyList<int>? budgets = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return BestFixedRateShrinksWithBudget(settings.Comparison(), budgets ?? [30, 100, settings.Steps]);
    }

    /// <summary>
    /// C8: lowering the rate during training lowers the loss. Compares, seed by seed, the mean loss over the last
    /// <paramref name="endWindow"/> steps with the mean over the <paramref name="window"/> steps before the decay starts
    /// at <paramref name="hold"/>; holds when the whole 95% interval of the factor (after ÷ before) is below ½.
    /// </summary>
    public static ClaimVerdict DecayLowersTheLoss(SeedEnsemble holdThenDecay, int hold, int window = 20, int endWindow = 10)
    {
        ArgumentNullException.ThrowIfNull(holdThenDecay);
        int end = holdThenDecay.MeanLosses.Count;
        Guard.InRange(hold, window, end - endWindow);
        double[] before = LossWindows.PerSeed(holdThenDecay, hold - window, hold);
        double[] after = LossWindows.PerSeed(holdThenDecay, end - endWindow, end);
        var p = PairedComparison.OfLogRatios(after, before);
        return new(p.FactorHigh < 0.5,
            $"mean loss over steps {hold - window}–{hold - 1}: {Numbers.Format(before.Average())}; over steps "
            + $"{end - endWindow}–{end - 1}: {Numbers.Format(after.Average())}; {EvidenceText.Factor(p, "after ÷ before")}");
    }

    /// <summary>C8 on runs made from <paramref name="settings"/>: η₀ held for <paramref name="hold"/> steps, then a linear decay to 0.</summary>
    public static ClaimVerdict DecayLowersTheLoss(NoisyBowlSettings settings, int hold = 150)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var schedule = Schedule.Sequence(
            [Schedule.Constant(settings.InitialRate),
                Schedule.Linear(settings.InitialRate, startFactor: 1, endFactor: 0, totalSteps: settings.Steps - hold)],
            milestones: [hold]);
        return DecayLowersTheLoss(settings.Ensemble(schedule), hold);
    }

    /// <summary>
    /// C9: step decay η₀·γ^⌊t/s⌋. Holds when the rates the run used equal the formula at every step and, after every
    /// boundary whose next phase is long enough to settle at the new rate (phase length × new rate × λ_min ≥ ½), the
    /// loss level at the end of that phase is less than half the level just before the boundary (paired over seeds,
    /// whole 95% interval below ½). Later drops, too small for their phase, are reported but not required.
    /// </summary>
    /// <param name="stepDecay">The step-decay runs, one per seed.</param>
    /// <param name="initialRate">η₀.</param>
    /// <param name="stepSize">The period s.</param>
    /// <param name="gamma">The drop factor γ.</param>
    /// <param name="smallestCurvature">λ_min of the loss (the slowest direction sets how long settling takes).</param>
    /// <param name="window">Steps averaged for each level.</param>
    public static ClaimVerdict StepDecayDrops(SeedEnsemble stepDecay, double initialRate, int stepSize, double gamma,
        double smallestCurvature, int window = 20)
    {
        ArgumentNullException.ThrowIfNull(stepDecay);
        Guard.AtLeast(stepSize, 1);
        var formula = FormulaAgreement.Compare(stepDecay.Runs[0].LearningRates, t => initialRate * Math.Pow(gamma, t / stepSize));
        int end = stepDecay.MeanLosses.Count;
        var parts = new List<string>();
        bool drops = true;
        int required = 0;
        for (int boundary = stepSize; boundary < end - 1; boundary += stepSize)
        {
            int next = Math.Min(boundary + stepSize, end);
            int w = Math.Min(window, Math.Min(stepSize, next - boundary));
            var p = PairedComparison.OfLogRatios(LossWindows.PerSeed(stepDecay, next - w, next), LossWindows.PerSeed(stepDecay, boundary - w, boundary));
            double rate = initialRate * Math.Pow(gamma, boundary / stepSize);
            double settle = (next - boundary) * rate * smallestCurvature;
            bool counts = settle >= 0.5;
            if (counts) { required++; drops &= p.FactorHigh < 0.5; }
            parts.Add($"t = {boundary} (η → {Numbers.Format(rate)}, phase × η × λ_min = {Numbers.Format(settle)}{(counts ? "" : ", too short to settle")}): "
                + EvidenceText.Factor(p, "after ÷ before"));
        }
        return new(formula.Within(1e-12) && required >= 1 && drops,
            $"rates: {formula}; level over the last {window} steps of each phase against the {window} steps before its boundary: "
            + string.Join("; ", parts));
    }

    /// <summary>C9 on runs made from <paramref name="settings"/>.</summary>
    public static ClaimVerdict StepDecayDrops(NoisyBowlSettings settings, int stepSize = 100, double gamma = 0.1)
    {
        ArgumentNullException.ThrowIfNull(settings);
        double smallest = Curvature.Eigenvalues(settings.Bowl, 0, 0)[0];
        return StepDecayDrops(settings.Ensemble(Schedule.Step(settings.InitialRate, stepSize, gamma)),
            settings.InitialRate, stepSize, gamma, smallest);
    }

    /// <summary>
    /// C10, C11: a schedule follows its closed form at every step, both in its preview and in the learning rates a run
    /// actually used (relative error at most 1e-12).
    /// </summary>
    public static ClaimVerdict FollowsClosedForm(IReadOnlyList<double> preview, IReadOnlyList<double> usedByRun, Func<int, double> closedForm)
    {
        var schedule = FormulaAgreement.Compare(preview, closedForm);
        var run = FormulaAgreement.Compare(usedByRun, closedForm);
        return new(schedule.Within(1e-12) && run.Within(1e-12), $"schedule: {schedule}; run: {run}");
    }

    /// <summary>C10 on a run made from <paramref name="settings"/>: exponential decay η₀·γ^t with γ = <paramref name="perStep"/>.</summary>
    public static ClaimVerdict ExponentialDecay(NoisyBowlSettings settings, double perStep)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var schedule = Schedule.Exponential(settings.InitialRate, perStep);
        var run = Descent.Run(settings.Bowl, Optimizer.Sgd(schedule), [.. settings.Start], settings.Options);
        return FollowsClosedForm(schedule.Preview(settings.Steps), run.LearningRates, t => settings.InitialRate * Math.Pow(perStep, t));
    }

    /// <summary>C11 on a run made from <paramref name="settings"/>: cosine annealing over the whole budget down to <paramref name="minRate"/>.</summary>
    public static ClaimVerdict CosineAnnealing(NoisyBowlSettings settings, double minRate = 0)
    {
        ArgumentNullException.ThrowIfNull(settings);
        int steps = settings.Steps;
        var schedule = Schedule.Cosine(settings.InitialRate, steps, minRate);
        var run = Descent.Run(settings.Bowl, Optimizer.Sgd(schedule), [.. settings.Start], settings.Options);
        return FollowsClosedForm(schedule.Preview(steps + 1), run.LearningRates,
            t => minRate + 0.5 * (settings.InitialRate - minRate) * (1 + Math.Cos(Math.PI * t / steps)));
    }

    /// <summary>
    /// Noise-free runs at <paramref name="count"/> evenly spaced fixed rates in (0, 2/λ_max), each for
    /// <paramref name="steps"/> steps from <paramref name="start"/>, with the closed-form optimum 2/(λ_min + λ_max).
    /// </summary>
    public static FixedRateOptimum NoiseFreeSweep(Quadratic bowl, IReadOnlyList<double> start, int steps = 60, int count = 99)
    {
        ArgumentNullException.ThrowIfNull(bowl);
        ArgumentNullException.ThrowIfNull(start);
        Guard.AtLeast(count, 3);
        double[] eigenvalues = Curvature.Eigenvalues(bowl, 0, 0);
        double limit = 2 / eigenvalues[^1];
        double[] rates = Sweep.LinSpace(0.01 * limit, 0.99 * limit, count);
        double[] minimum = bowl.Minima[0].Location;
        double[] errors = Sweep.Map(rates, lr =>
        {
            double[] x = Descent.Run(bowl, Optimizer.Sgd(lr), [.. start], steps).FinalPoint;
            return Math.Sqrt(x.Select((v, i) => (v - minimum[i]) * (v - minimum[i])).Sum());
        });
        return new(rates, errors, 2 / (eigenvalues[0] + eigenvalues[^1]), steps);
    }

    /// <summary>
    /// C20, noise-free: the swept rate with the smallest final error lies within one grid step of the closed form
    /// 2/(λ_min + λ_max).
    /// </summary>
    public static ClaimVerdict OptimalFixedRateInClosedForm(FixedRateOptimum sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        double gap = Math.Abs(sweep.BestLearningRate - sweep.ClosedForm);
        return new(gap <= sweep.GridStep,
            $"closed form 2/(λ_min + λ_max) = {Numbers.Format(sweep.ClosedForm, 4)}; best of {sweep.LearningRates.Count} fixed rates "
            + $"after {sweep.Steps} noise-free steps: η = {Numbers.Format(sweep.BestLearningRate, 4)} (grid step "
            + $"{Numbers.Format(sweep.GridStep, 2)}, off by {Numbers.Format(gap, 2)}), final error {Numbers.Format(sweep.FinalErrors[sweep.BestIndex], 2)}");
    }

    /// <summary>
    /// C20, noisy: the noise decides whether a fixed rate can be best. At the high noise level the 1/t schedule beats the
    /// best fixed rate seed by seed; at the low noise level the best fixed rate beats the same schedule (both 95%
    /// intervals exclude 1), and the best fixed rate at the high noise lies below the noise-free optimum.
    /// </summary>
    /// <param name="lowNoise">The sweep and schedule at the low noise level.</param>
    /// <param name="highNoise">The same at the high noise level.</param>
    /// <param name="noiseFreeOptimum">2/(λ_min + λ_max), the noise-free optimum.</param>
    public static ClaimVerdict NoiseDecidesTheWinner(FixedVersusScheduled lowNoise, FixedVersusScheduled highNoise, double noiseFreeOptimum)
    {
        ArgumentNullException.ThrowIfNull(lowNoise);
        ArgumentNullException.ThrowIfNull(highNoise);
        var low = PairedComparison.OfLogRatios(FinalLosses(lowNoise.Scheduled), FinalLosses(lowNoise.Fixed[lowNoise.BestFixedIndex]));
        var high = PairedComparison.OfLogRatios(FinalLosses(highNoise.Scheduled), FinalLosses(highNoise.Fixed[highNoise.BestFixedIndex]));
        bool holds = high.AIsSmaller && low.AIsLarger && highNoise.BestFixedLearningRate < noiseFreeOptimum;
        return new(holds,
            $"noise-free optimum {Numbers.Format(noiseFreeOptimum)}; low noise: best fixed η = {Numbers.Format(lowNoise.BestFixedLearningRate)}, "
            + $"{EvidenceText.Factor(low, "schedule ÷ best fixed")}; high noise: best fixed η = {Numbers.Format(highNoise.BestFixedLearningRate)}, "
            + EvidenceText.Factor(high, "schedule ÷ best fixed"));
    }

    /// <summary>
    /// C20, noisy, on sweeps made from <paramref name="settings"/> at σ = <paramref name="lowSigma"/> (with
    /// <paramref name="lowNoiseSeeds"/> seeds: the effect there is large) and at the settings' σ.
    /// </summary>
    public static ClaimVerdict NoiseDecidesTheWinner(NoisyBowlSettings settings, double lowSigma = 0.02, int lowNoiseSeeds = 16)
    {
        ArgumentNullException.ThrowIfNull(settings);
        double[] eigenvalues = Curvature.Eigenvalues(settings.Bowl, 0, 0);
        return NoiseDecidesTheWinner((settings with { Sigma = lowSigma, Seeds = lowNoiseSeeds }).Comparison(), settings.Comparison(),
            2 / (eigenvalues[0] + eigenvalues[^1]));
    }

    /// <summary>
    /// C20, a narrow global well: when the global minimum sits in the narrowest well, no rate of the ladder frees a
    /// trapped start (none reaches the global minimum from a start the reference rate left in a poorer well), and every
    /// rate above the global well's own limit 2/λ_max ends no run there at all, while the poorer wells' limits are larger.
    /// </summary>
    /// <param name="wells">The landscape; its first minimum is the global one.</param>
    /// <param name="census">The census over a grid of starts, the smallest rate first.</param>
    public static ClaimVerdict NoRateFindsANarrowGlobalWell(GaussianWells wells, IReadOnlyList<BasinCensus> census)
    {
        ArgumentNullException.ThrowIfNull(wells);
        ArgumentNullException.ThrowIfNull(census);
        Guard.AtLeast(census.Count, 2, nameof(census));
        double globalLimit = Curvature.StabilityLimit(wells, wells.Minima[0].Location);
        double poorLimit = wells.Minima.Skip(1).Min(m => Curvature.StabilityLimit(wells, m.Location));
        bool narrowest = globalLimit < poorLimit;
        bool noEscape = census.All(c => c.Escaped == 0);
        var above = census.Where(c => c.LearningRate > globalLimit).ToArray();
        bool noneSettle = above.Length > 0 && above.All(c => c.InGlobal == 0);
        return new(census[0].Trapped > 0 && narrowest && noEscape && noneSettle,
            $"2/λ_max = {Numbers.Format(globalLimit)} in the global well, ≥ {Numbers.Format(poorLimit)} in the poorer ones; "
            + $"{census[0].Trapped} of {census[0].Starts} starts trapped at η = {Numbers.Format(census[0].LearningRate)}; "
            + $"escaped / ended in the global minimum (η: counts): "
            + string.Join("; ", census.Select(c => $"{Numbers.Format(c.LearningRate)}: {c.Escaped}/{c.InGlobal}")));
    }

    /// <summary>C20, narrow well, on the default <see cref="Surface.GaussianWells()"/> with a <paramref name="grid"/> × <paramref name="grid"/> grid of starts.</summary>
    public static ClaimVerdict NoRateFindsANarrowGlobalWell(int grid = 9, IReadOnlyList<double>? ladder = null, int steps = 400)
    {
        var wells = Surface.GaussianWells();
        var options = new RunOptions { Steps = steps, Tolerance = 1e-9, StopAtConvergence = true };
        var census = Basins.Survey(wells, Basins.StartGrid(wells, grid), ladder ?? [0.05, 0.2, 0.3, 0.5, 1, 1.5],
            lr => Optimizer.Sgd(lr), options);
        return NoRateFindsANarrowGlobalWell(wells, census);
    }

    private static double[] FinalLosses(SeedEnsemble ensemble) => [.. ensemble.Runs.Select(r => r.FinalLoss)];
}

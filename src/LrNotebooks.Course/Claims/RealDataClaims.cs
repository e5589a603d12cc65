using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

/// <summary>
/// The claims of notebook 07 (the whole lesson on the digits) as functions of their settings: each takes a settings record
/// whose defaults are the notebook's, trains what it needs and returns the verdict with its evidence, so the notebook's
/// <c>Claim.Check</c> cell and the robustness tests run the same computation.
/// </summary>
public static class RealDataClaims
{
    /// <summary>What every experiment of the notebook shares.</summary>
    public sealed record Setup
    {
        /// <summary>The digits split; null loads <c>data/digits.csv.gz</c> with <see cref="Digits.Load(double, int)"/>.</summary>
        public DataSplit? Data { get; init; }

        /// <summary>Epochs per training (default 10).</summary>
        public int Epochs { get; init; } = 10;

        /// <summary>Seeds of every setting (default 0, 1, 2).</summary>
        public int[] Seeds { get; init; } = [0, 1, 2];

        /// <summary>The fixed rates of the sweeps (default 0.001, 0.003, …, 1).</summary>
        public double[] Rates { get; init; } = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0];

        /// <summary>Progress reports while training, or null.</summary>
        public Action<SweepProgress>? Progress { get; init; }

        /// <summary>SGD with momentum 0.9.</summary>
        public static OptimizerChoice Sgd { get; } = new("SGD momentum 0.9", lr => Optimizer.Sgd(lr, momentum: 0.9));

        /// <summary>The MLP 64-32-10.</summary>
        public static Network Network { get; } = Network.ForDigits(32);

        internal DataSplit LoadData() => Data ?? Digits.Load();

        internal TrainingOptions Training => new() { Epochs = Epochs, BatchSize = 32 };

        internal SweepResult Train(DataSplit data, SweepGrid grid) => RangeTestClaims.Train(Network, data, grid, Training, Progress);
    }

    /// <summary>The result of <see cref="LearningRateDecides"/> (C1).</summary>
    /// <param name="Sweep">SGD with momentum at every fixed rate × seeds.</param>
    /// <param name="Summary">Final validation accuracy per rate.</param>
    public sealed record DecidesResult(SweepResult Sweep, SweepSummary Summary)
    {
        /// <summary>The best rate's index.</summary>
        public int BestIndex => Summary.Best().LearningRateIndex;

        /// <summary>Per seed: the best rate's accuracy minus the smallest rate's and minus the largest rate's.</summary>
        public (double[] OverLowest, double[] OverHighest) Gaps
        {
            get
            {
                int seeds = Sweep.Grid.Seeds.Count, last = Sweep.Grid.LearningRates.Count - 1;
                double A(int rate, int k) => RangeTestClaims.Accuracy(Sweep[0, 0, rate, k]);
                return ([.. Enumerable.Range(0, seeds).Select(k => A(BestIndex, k) - A(0, k))],
                    [.. Enumerable.Range(0, seeds).Select(k => A(BestIndex, k) - A(last, k))]);
            }
        }

        /// <summary>The best rate lies inside the sweep and beats both its ends by at least 15 points in every seed.</summary>
        public bool Holds => BestIndex > 0 && BestIndex < Sweep.Grid.LearningRates.Count - 1
            && Gaps.OverLowest.Min() >= 0.15 && Gaps.OverHighest.Min() >= 0.15;

        /// <summary>Means per rate and the smallest per-seed gaps.</summary>
        public string Evidence => $"mean final validation accuracy over {Sweep.Grid.Seeds.Count} seeds: "
            + string.Join(", ", Summary.Cells.Select(c => $"η = {Numbers.Format(c.LearningRate)}: {Numbers.Percent(c.Summary.Mean)}"))
            + $"; best η = {Numbers.Format(Summary.Best().LearningRate)} ahead of the smallest rate by at least "
            + $"{Numbers.Format(100 * Gaps.OverLowest.Min(), 3)} pt and of the largest by at least {Numbers.Format(100 * Gaps.OverHighest.Min(), 3)} pt "
            + "in every seed";
    }

    /// <summary>C1: SGD with momentum at each fixed rate.</summary>
    public static DecidesResult LearningRateDecides(Setup? setup = null)
    {
        var s = setup ?? new Setup();
        var data = s.LoadData();
        var sweep = s.Train(data, new SweepGrid(s.Rates, [ScheduleChoice.Constant], [Setup.Sgd], s.Seeds));
        return new DecidesResult(sweep, SweepSummary.FinalValidationAccuracy(sweep));
    }

    /// <summary>The result of <see cref="TooHighBreaks"/> (C3).</summary>
    /// <param name="Collapsed">The runs at the moderately excessive rate, one per seed.</param>
    /// <param name="Absurd">The runs at the absurd rate, one per seed.</param>
    /// <param name="DeadFractions">The fraction of dead hidden units of each collapsed run.</param>
    /// <param name="ModerateRate">The moderately excessive rate.</param>
    /// <param name="AbsurdRate">The absurd rate.</param>
    public sealed record TooHighResult(IReadOnlyList<TrainingResult> Collapsed, IReadOnlyList<TrainingResult> Absurd,
        IReadOnlyList<double> DeadFractions, double ModerateRate, double AbsurdRate)
    {
        /// <summary>Every collapsed run ends at most 25% accurate with at least 90% of its hidden units dead; every absurd run is
        /// reported as diverged with only finite losses recorded.</summary>
        public bool Holds => Collapsed.All(r => r.FinalValidationAccuracy is <= 0.25) && DeadFractions.All(f => f >= 0.9)
            && Absurd.All(r => r.Status.Diverged && r.BatchLosses.All(double.IsFinite));

        /// <summary>Accuracies, dead units and statuses.</summary>
        public string Evidence => $"η = {Numbers.Format(ModerateRate)}: accuracy {string.Join(", ", Collapsed.Select(r => r.FinalValidationAccuracy is double a ? Numbers.Percent(a) : r.Status.ToString()))}, "
            + $"dead hidden units {string.Join(", ", DeadFractions.Select(Numbers.Percent))}; η = {Numbers.Format(AbsurdRate)}: "
            + string.Join(", ", Absurd.Select(r => r.Status));
    }

    /// <summary>C3: SGD with momentum at a moderately excessive and at an absurd rate.</summary>
    /// <param name="setup">Data, epochs, seeds.</param>
    /// <param name="moderate">The moderately excessive rate (default 1).</param>
    /// <param name="absurd">The absurd rate (default 300).</param>
    public static TooHighResult TooHighBreaks(Setup? setup = null, double moderate = 1, double absurd = 300)
    {
        var s = setup ?? new Setup();
        var data = s.LoadData();
        var sweep = s.Train(data, new SweepGrid([moderate, absurd], [ScheduleChoice.Constant], [Setup.Sgd], s.Seeds));
        TrainingResult[] Runs(int rate) => [.. s.Seeds.Select((_, k) => sweep[0, 0, rate, k])];
        var collapsed = Runs(0);
        double[] dead = [.. collapsed.Select(r => DeadUnits.Census(Setup.Network, r.Parameters, data.Train).Fraction)];
        return new TooHighResult(collapsed, Runs(1), dead, moderate, absurd);
    }

    /// <summary>The result of <see cref="ScheduleAgainstFixed"/> (C7).</summary>
    /// <param name="Schedules">Constant, step, exponential, cosine.</param>
    /// <param name="Sweep">The heat map's sweep: base rates × schedules × the setup's seeds.</param>
    /// <param name="Summary">Its final validation accuracy.</param>
    /// <param name="BestConstant">The best constant rate on the heat map's seeds.</param>
    /// <param name="BestCosine">The best cosine base rate on the heat map's seeds.</param>
    /// <param name="Comparison">Cosine at its best minus constant at its best, on fresh seeds, paired.</param>
    /// <param name="Margin">The upper bound of the "fraction of a point" (default 0.015).</param>
    public sealed record ScheduleResult(IReadOnlyList<ScheduleChoice> Schedules, SweepResult Sweep, SweepSummary Summary, double BestConstant,
        double BestCosine, PairedComparison Comparison, double Margin)
    {
        /// <summary>The paired interval lies above 0 and below the margin: cosine wins, by a fraction of a point.</summary>
        public bool Holds => Comparison.Low > 0 && Comparison.High < Margin;

        /// <summary>The two best rates and the paired difference.</summary>
        public string Evidence => $"best constant η = {Numbers.Format(BestConstant)}, best cosine η₀ = {Numbers.Format(BestCosine)} "
            + $"(picked on the heat map's {Sweep.Grid.Seeds.Count} seeds); on {Comparison.Count} fresh seeds cosine − constant = "
            + $"{Numbers.Format(100 * Comparison.MeanDifference, 2)} pt (95% interval {Numbers.Format(100 * Comparison.Low, 2)} to "
            + $"{Numbers.Format(100 * Comparison.High, 2)} pt)";
    }

    /// <summary>The schedules of the heat map, stepped once per epoch: constant, step (÷10 every 4), exponential (0.6), cosine.</summary>
    /// <param name="epochs">The budget in epochs (cosine's period).</param>
    public static ScheduleChoice[] Schedules(int epochs) =>
        [ScheduleChoice.Constant,
         new("step", lr => Schedule.Step(lr, stepSize: 4, gamma: 0.1), ScheduleStepping.PerEpoch),
         new("exponential", lr => Schedule.Exponential(lr, gamma: 0.6), ScheduleStepping.PerEpoch),
         new("cosine", lr => Schedule.Cosine(lr, tMax: epochs), ScheduleStepping.PerEpoch)];

    /// <summary>
    /// C7: every schedule at four base rates (the heat map); the best constant rate and the best cosine base rate are picked
    /// on the setup's seeds and compared on fresh seeds, paired by seed.
    /// </summary>
    /// <param name="setup">Data, epochs, seeds of the heat map, progress.</param>
    /// <param name="baseRates">The base rates (default 0.01, 0.03, 0.1, 0.3).</param>
    /// <param name="evaluationSeeds">Fresh seeds for the paired comparison (default 100 to 123).</param>
    /// <param name="margin">Upper bound of the gain, as a fraction (default 0.015).</param>
    public static ScheduleResult ScheduleAgainstFixed(Setup? setup = null, double[]? baseRates = null, int[]? evaluationSeeds = null,
        double margin = 0.015)
    {
        var s = setup ?? new Setup();
        double[] rates = baseRates ?? [0.01, 0.03, 0.1, 0.3];
        int[] fresh = evaluationSeeds ?? [.. Enumerable.Range(100, 24)];
        if (fresh.Intersect(s.Seeds).Any())
            throw new ArgumentException("evaluationSeeds must not repeat the heat map's seeds: the comparison needs fresh seeds.", nameof(evaluationSeeds));
        var data = s.LoadData();
        var schedules = Schedules(s.Epochs);
        var sweep = s.Train(data, new SweepGrid(rates, schedules, [Setup.Sgd], s.Seeds));
        var summary = SweepSummary.FinalValidationAccuracy(sweep);
        double bestConstant = summary.Best(0, 0).LearningRate, bestCosine = summary.Best(0, 3).LearningRate;
        double[] Final(double rate, ScheduleChoice schedule)
        {
            // No progress report here: the notebook's progress line belongs to the heat map's sweep.
            var runs = RangeTestClaims.Train(Setup.Network, data, new SweepGrid([rate], [schedule], [Setup.Sgd], fresh), s.Training, null);
            return [.. runs.Results.Select(RangeTestClaims.Accuracy)];
        }
        var comparison = PairedComparison.Of(Final(bestCosine, schedules[3]), Final(bestConstant, schedules[0]));
        return new ScheduleResult(schedules, sweep, summary, bestConstant, bestCosine, comparison, margin);
    }

    /// <summary>The result of <see cref="AdaptiveShift"/> (C12).</summary>
    /// <param name="Sgd">SGD with momentum at every fixed rate × seeds.</param>
    /// <param name="Adaptive">Adam and AdamW at every fixed rate × seeds.</param>
    /// <param name="AheadAtLowest">Per seed: Adam minus SGD at the smallest rate.</param>
    /// <param name="BehindAt">Per seed: SGD minus Adam at <paramref name="HighRate"/>.</param>
    /// <param name="HighRate">The rate where Adam has collapsed and SGD has not.</param>
    public sealed record ShiftResult(SweepResult Sgd, SweepResult Adaptive, IReadOnlyList<double> AheadAtLowest, IReadOnlyList<double> BehindAt,
        double HighRate)
    {
        private SweepSummary SgdSummary => SweepSummary.FinalValidationAccuracy(Sgd);

        private SweepSummary AdaptiveSummary => SweepSummary.FinalValidationAccuracy(Adaptive);

        /// <summary>Every optimizer's best mean accuracy and its worst, over the sweep.</summary>
        public IReadOnlyList<(string Name, double Best, double Worst)> Ranges =>
            [("SGD momentum 0.9", SgdSummary.Best().Summary.Mean, SgdSummary.MeansByLearningRate().Min() / 100),
             .. Adaptive.Grid.Optimizers.Select((o, i) => (o.Name, AdaptiveSummary.Best(i, 0).Summary.Mean,
                 AdaptiveSummary.MeansByLearningRate(i).Min() / 100))];

        /// <summary>In every seed Adam is ahead by at least 10 points at the smallest rate and behind by at least 30 at the high rate;
        /// every optimizer goes from at least 95% at its best rate to at most 20% somewhere in the sweep.</summary>
        public bool Holds => AheadAtLowest.Min() >= 0.1 && BehindAt.Min() >= 0.3 && Ranges.All(r => r.Best >= 0.95 && r.Worst <= 0.2);

        /// <summary>The per-seed gaps and each optimizer's best and worst.</summary>
        public string Evidence => $"Adam − SGD at η = {Numbers.Format(Sgd.Grid.LearningRates[0])}: "
            + $"{string.Join(", ", AheadAtLowest.Select(d => Numbers.Format(100 * d, 3)))} pt; SGD − Adam at η = {Numbers.Format(HighRate)}: "
            + $"{string.Join(", ", BehindAt.Select(d => Numbers.Format(100 * d, 3)))} pt (one value per seed); best and worst mean accuracy: "
            + string.Join("; ", Ranges.Select(r => $"{r.Name} {Numbers.Percent(r.Best)} and {Numbers.Percent(r.Worst)}"));
    }

    /// <summary>
    /// C12: Adam and AdamW over the same fixed rates as SGD with momentum. Pass <paramref name="sgd"/> to reuse SGD's sweep
    /// (it must have the setup's rates and seeds); null trains it.
    /// </summary>
    /// <param name="setup">Data, epochs, seeds, rates, progress.</param>
    /// <param name="sgd">SGD with momentum's sweep over the same rates and seeds, or null.</param>
    /// <param name="highRate">The rate where Adam has collapsed (default 0.3; must be one of the rates).</param>
    public static ShiftResult AdaptiveShift(Setup? setup = null, SweepResult? sgd = null, double highRate = 0.3)
    {
        var s = setup ?? new Setup();
        int high = Array.IndexOf(s.Rates, highRate);
        if (high < 0) throw new ArgumentOutOfRangeException(nameof(highRate), highRate, "highRate must be one of the setup's rates.");
        var data = s.LoadData();
        sgd ??= LearningRateDecides(s).Sweep;
        if (!sgd.Grid.LearningRates.SequenceEqual(s.Rates) || !sgd.Grid.Seeds.SequenceEqual(s.Seeds))
            throw new ArgumentException("sgd must be a sweep over the setup's rates and seeds.", nameof(sgd));
        OptimizerChoice[] adaptive = [new("Adam", lr => Optimizer.Adam(lr)), new("AdamW", lr => Optimizer.AdamW(lr))];
        var sweep = s.Train(data, new SweepGrid(s.Rates, [ScheduleChoice.Constant], adaptive, s.Seeds));
        double A(SweepResult r, int rate, int k) => RangeTestClaims.Accuracy(r[0, 0, rate, k]);
        double[] ahead = [.. s.Seeds.Select((_, k) => A(sweep, 0, k) - A(sgd, 0, k))];
        double[] behind = [.. s.Seeds.Select((_, k) => A(sgd, high, k) - A(sweep, high, k))];
        return new ShiftResult(sgd, sweep, ahead, behind, highRate);
    }
}

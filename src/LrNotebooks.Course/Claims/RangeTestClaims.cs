using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

/// <summary>
/// The claims of notebook 06 (the learning-rate range test and one-cycle training on the digits) as functions of their
/// settings: each takes a settings record whose defaults are the notebook's, trains what it needs and returns the
/// verdict with its evidence, so the notebook's <c>Claim.Check</c> cell and the robustness tests run the same computation.
/// </summary>
public static class RangeTestClaims
{
    /// <summary>What every experiment of the notebook shares: data, model, optimizer and the range test's settings.</summary>
    public sealed record Setup
    {
        /// <summary>The digits split; null loads <c>data/digits.csv.gz</c> with <see cref="Digits.Load(double, int)"/>.</summary>
        public DataSplit? Data { get; init; }

        /// <summary>Hidden units of the MLP (default 32).</summary>
        public int HiddenUnits { get; init; } = 32;

        /// <summary>Seed of the range test that RT1 and RT2 read (default 0).</summary>
        public int RangeTestSeed { get; init; }

        /// <summary>Seeds of the range tests whose median minimum/10 is the suggestion (default 0, 1, 2).</summary>
        public int[] SuggestionSeeds { get; init; } = [0, 1, 2];

        /// <summary>Steps of the range test (default 200).</summary>
        public int RangeTestSteps { get; init; } = 200;

        /// <summary>The optimizer: SGD with momentum 0.9.</summary>
        public static OptimizerChoice Sgd { get; } = new("SGD momentum 0.9", lr => Optimizer.Sgd(lr, momentum: 0.9));

        internal DataSplit LoadData() => Data ?? Digits.Load();

        internal Network Network => Network.ForDigits(HiddenUnits);

        internal RangeTestResult RangeTest(DataSplit data, int? steps = null, int? seed = null) => Training.RangeTest.Run(Network, data, Sgd.Create,
            new RangeTestOptions { Steps = steps ?? RangeTestSteps, Seed = seed ?? RangeTestSeed });

        /// <summary>The median of the minimum/10 suggestions of one range test per suggestion seed.</summary>
        internal double Suggestion(DataSplit data)
        {
            if (SuggestionSeeds.Length == 0) throw new ArgumentException("SuggestionSeeds must hold at least one seed.", nameof(SuggestionSeeds));
            double[] each = [.. SuggestionSeeds.Select(k => RangeTest(data, seed: k).MinimumOverTenLearningRate).Order()];
            return each.Length % 2 == 1 ? each[each.Length / 2] : Math.Sqrt(each[each.Length / 2 - 1] * each[each.Length / 2]);
        }
    }

    /// <summary>The suggestion the notebook trains with: the median minimum/10 of one range test per seed in
    /// <see cref="Setup.SuggestionSeeds"/> (a single test is one random draw).</summary>
    /// <param name="setup">Data, model and range-test settings.</param>
    public static double Suggestion(Setup? setup = null)
    {
        var s = setup ?? new Setup();
        return s.Suggestion(s.LoadData());
    }

    /// <summary>The result of <see cref="Regimes"/> (RT1).</summary>
    /// <param name="Test">The range test.</param>
    /// <param name="FlatVariation">(max − min)/min of the smoothed loss over rates up to FlatUpTo.</param>
    /// <param name="Fall">How far the smoothed loss falls from the end of the flat part to its minimum, as a fraction.</param>
    /// <param name="Climb">The last smoothed loss over the minimum, minus 1.</param>
    /// <param name="FlatUpTo">The largest rate of the flat part.</param>
    public sealed record RegimesResult(RangeTestResult Test, double FlatVariation, double Fall, double Climb, double FlatUpTo)
    {
        /// <summary>The flat part varies by less than a third of the fall, the fall is at least 25% and the curve climbs at
        /// least 20% past its minimum.</summary>
        public bool Holds => FlatVariation < Fall / 3 && Fall >= 0.25 && Climb >= 0.2;

        /// <summary>The three effect sizes.</summary>
        public string Evidence
        {
            get
            {
                var smooth = Test.SmoothedLosses;
                return $"smoothed loss varies by {Numbers.Percent(FlatVariation)} over η ≤ {Numbers.Format(FlatUpTo)} (a third of the fall "
                    + $"would be {Numbers.Percent(Fall / 3)}); then falls by {Numbers.Percent(Fall)} to {Numbers.Format(smooth.Min())} at η = "
                    + $"{Numbers.Format(Test.LearningRates[Test.MinimumIndex])}; ends {Numbers.Percent(Climb)} above that minimum "
                    + $"(η = {Numbers.Format(Test.LearningRates[^1])})";
            }
        }
    }

    /// <summary>RT1: the range test's smoothed loss is flat for tiny rates, falls, then climbs.</summary>
    /// <param name="setup">Data, model and range-test settings.</param>
    /// <param name="flatUpTo">The largest rate counted as "too small to matter" (default 1e-4).</param>
    public static RegimesResult Regimes(Setup? setup = null, double flatUpTo = 1e-4)
    {
        var s = setup ?? new Setup();
        var test = s.RangeTest(s.LoadData());
        var rates = test.LearningRates;
        var smooth = test.SmoothedLosses;
        double[] flat = [.. Enumerable.Range(0, rates.Count).Where(i => rates[i] <= flatUpTo).Select(i => smooth[i])];
        if (flat.Length < 2)
            throw new ArgumentOutOfRangeException(nameof(flatUpTo), flatUpTo, $"flatUpTo must cover at least two steps of the test, but covers {flat.Length}.");
        double lowest = smooth.Min();
        return new RegimesResult(test, flat.Max() / flat.Min() - 1, 1 - lowest / flat[^1], smooth[^1] / lowest - 1, flatUpTo);
    }

    /// <summary>The result of <see cref="RuleDisagreement"/> (RT2).</summary>
    /// <param name="Lengths">The test lengths, ascending.</param>
    /// <param name="Tests">One range test per length.</param>
    public sealed record RulesResult(IReadOnlyList<int> Lengths, IReadOnlyList<RangeTestResult> Tests)
    {
        /// <summary>Steepest over minimum/10 for each test.</summary>
        public IReadOnlyList<double> Ratios => [.. Tests.Select(t => t.SteepestLearningRate / t.MinimumOverTenLearningRate)];

        /// <summary>The shortest test's disagreement is at least twice the longest's, and its steepest point at least twice as high.</summary>
        public bool Holds => Ratios[0] >= 2 * Ratios[^1] && Tests[0].SteepestLearningRate >= 2 * Tests[^1].SteepestLearningRate;

        /// <summary>The ratios and the steepest points.</summary>
        public string Evidence => $"steepest ÷ (minimum/10): {string.Join(", ", Lengths.Select((n, i) => $"{Numbers.Format(Ratios[i])} at {n} steps"))}; "
            + $"steepest point {Numbers.Format(Tests[0].SteepestLearningRate)} at {Lengths[0]} steps, "
            + $"{Numbers.Format(Tests[^1].SteepestLearningRate)} at {Lengths[^1]}";
    }

    /// <summary>RT2: the shorter the test, the further the lagging smoothed curve pushes the steepest point up.</summary>
    /// <param name="setup">Data, model and the range test's seed.</param>
    /// <param name="lengths">Test lengths, ascending (default 100, 200, 400).</param>
    public static RulesResult RuleDisagreement(Setup? setup = null, int[]? lengths = null)
    {
        var s = setup ?? new Setup();
        int[] n = lengths ?? [100, 200, 400];
        if (n.Length < 2 || n.Zip(n.Skip(1)).Any(p => p.First >= p.Second) || n[0] < 20)
            throw new ArgumentOutOfRangeException(nameof(lengths), string.Join(", ", n), "lengths must be at least two ascending step counts, each >= 20.");
        var data = s.LoadData();
        return new RulesResult(n, [.. n.Select(k => s.RangeTest(data, k))]);
    }

    /// <summary>The result of <see cref="SuggestionQuality"/> (RT3).</summary>
    /// <param name="Suggestion">The median minimum/10 of the range tests.</param>
    /// <param name="Sweep">Fixed rates (the grid, then the suggestion) × seeds.</param>
    /// <param name="Summary">Final validation accuracy per rate.</param>
    /// <param name="BestIndex">The grid rate with the best mean accuracy.</param>
    /// <param name="Comparison">Suggestion minus best grid rate, paired by seed (accuracy as a fraction).</param>
    /// <param name="RangeTestSteps">Steps of the range test.</param>
    /// <param name="SweepSteps">Optimizer steps of the grid's trainings.</param>
    public sealed record QualityResult(double Suggestion, SweepResult Sweep, SweepSummary Summary, int BestIndex, PairedComparison Comparison,
        int RangeTestSteps, int SweepSteps)
    {
        /// <summary>The paired interval's lower end lies above −2 points: the suggestion is not worse than the best grid rate by more.</summary>
        public bool Holds => Comparison.Low > -0.02;

        /// <summary>Accuracies, the paired difference and the costs.</summary>
        public string Evidence => $"suggestion η = {Numbers.Format(Suggestion)}: {Numbers.Percent(Summary.Cells[^1].Summary.Mean)}; best of the grid "
            + $"η = {Numbers.Format(Summary.Cells[BestIndex].LearningRate)}: {Numbers.Percent(Summary.Cells[BestIndex].Summary.Mean)}; "
            + $"suggestion − best = {Numbers.Format(100 * Comparison.MeanDifference, 2)} pt (95% interval {Numbers.Format(100 * Comparison.Low, 2)} "
            + $"to {Numbers.Format(100 * Comparison.High, 2)} pt, {Comparison.Count} seeds); range test {RangeTestSteps} steps vs "
            + $"grid {SweepSteps:N0} steps";
    }

    /// <summary>RT3: trains the grid of fixed rates and the range test's suggestion with the same seeds.</summary>
    /// <param name="setup">Data, model and range-test settings.</param>
    /// <param name="rates">The grid (default 0.001, 0.003, …, 1).</param>
    /// <param name="seeds">Seeds (default 0 to 7).</param>
    /// <param name="epochs">Epochs per training (default 10).</param>
    /// <param name="progress">Progress reports while training, or null.</param>
    public static QualityResult SuggestionQuality(Setup? setup = null, double[]? rates = null, int[]? seeds = null, int epochs = 10,
        Action<SweepProgress>? progress = null)
    {
        var s = setup ?? new Setup();
        double[] grid = rates ?? [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0];
        int[] seedList = seeds ?? [.. Enumerable.Range(0, 8)];
        var data = s.LoadData();
        double suggestion = s.Suggestion(data);
        var sweepGrid = new SweepGrid([.. grid, suggestion], [ScheduleChoice.Constant], [Setup.Sgd], seedList);
        var sweep = Train(s.Network, data, sweepGrid, new TrainingOptions { Epochs = epochs }, progress);
        var summary = SweepSummary.FinalValidationAccuracy(sweep);
        int best = Enumerable.Range(0, grid.Length).MaxBy(i => summary.Cells[i].Summary.Mean);
        double[] Accuracies(int rate) => [.. seedList.Select((_, k) => Accuracy(sweep[0, 0, rate, k]))];
        var comparison = PairedComparison.Of(Accuracies(grid.Length), Accuracies(best));
        int sweepSteps = grid.Length * seedList.Length * epochs * Trainer.BatchesPerEpoch(data.Train.Count, 32);
        return new QualityResult(suggestion, sweep, summary, best, comparison, s.RangeTestSteps, sweepSteps);
    }

    /// <summary>The result of <see cref="ScheduleComparison"/> (OC1 and C8).</summary>
    /// <param name="Suggestion">The shared base rate (the median minimum/10 of the range tests).</param>
    /// <param name="Sweep">Constant, cosine and one-cycle from the suggestion × seeds.</param>
    /// <param name="CosineGain">Cosine minus constant final accuracy, paired by seed.</param>
    /// <param name="OneCycleGain">One-cycle minus constant, paired by seed.</param>
    /// <param name="Ranges">Mean over seeds of the validation-accuracy range over the last 3 epochs: constant, cosine, one-cycle.</param>
    /// <param name="Margin">How much lower than the constant rate a schedule may end before OC1 fails, as a fraction (default 0.005).</param>
    public sealed record ComparisonResult(double Suggestion, SweepResult Sweep, PairedComparison CosineGain, PairedComparison OneCycleGain,
        IReadOnlyList<double> Ranges, double Margin)
    {
        /// <summary>OC1: both paired intervals' lower ends lie above −Margin: started from the same rate, neither schedule ends
        /// lower than the constant rate beyond the margin.</summary>
        public bool Holds => CosineGain.Low > -Margin && OneCycleGain.Low > -Margin;

        /// <summary>The two paired differences with their intervals.</summary>
        public string Evidence => $"from η = {Numbers.Format(Suggestion)}, final accuracy minus the constant rate's, over {CosineGain.Count} seeds: "
            + $"cosine {Gain(CosineGain)}, one-cycle {Gain(OneCycleGain)}";

        /// <summary>C8: the annealed runs' last epochs vary by at most half as much as the constant rate's.</summary>
        public bool Settles => Ranges[1] <= Ranges[0] / 2 && Ranges[2] <= Ranges[0] / 2;

        /// <summary>The three ranges.</summary>
        public string SettlingEvidence => $"validation accuracy range over the last 3 epochs, mean of {CosineGain.Count} seeds: constant "
            + $"{Numbers.Format(100 * Ranges[0], 2)} pt, cosine {Numbers.Format(100 * Ranges[1], 2)} pt, one-cycle "
            + $"{Numbers.Format(100 * Ranges[2], 2)} pt";

        private static string Gain(PairedComparison c) =>
            $"{Numbers.Format(100 * c.MeanDifference, 2)} pt (95% interval {Numbers.Format(100 * c.Low, 2)} to {Numbers.Format(100 * c.High, 2)})";
    }

    /// <summary>The schedules of <see cref="ScheduleComparison"/>: constant, cosine to 0 and one-cycle over the whole run, per batch.</summary>
    /// <param name="totalSteps">Optimizer steps of the run.</param>
    public static ScheduleChoice[] Schedules(int totalSteps) =>
        [ScheduleChoice.Constant, new("cosine", lr => Schedule.Cosine(lr, totalSteps)), new("one-cycle", lr => Schedule.OneCycle(lr, totalSteps))];

    /// <summary>OC1 and C8: constant, cosine and one-cycle, all from the range test's suggestion, compared paired by seed.</summary>
    /// <param name="setup">Data, model and range-test settings.</param>
    /// <param name="seeds">Seeds (default 0 to 9).</param>
    /// <param name="epochs">Epochs per training (default 10).</param>
    /// <param name="margin">OC1's margin, as a fraction (default 0.005 = half a point).</param>
    /// <param name="progress">Progress reports while training, or null.</param>
    public static ComparisonResult ScheduleComparison(Setup? setup = null, int[]? seeds = null, int epochs = 10, double margin = 0.005,
        Action<SweepProgress>? progress = null)
    {
        var s = setup ?? new Setup();
        int[] seedList = seeds ?? [.. Enumerable.Range(0, 10)];
        if (seedList.Length < 2) throw new ArgumentOutOfRangeException(nameof(seeds), seedList.Length, "seeds must hold at least 2 seeds.");
        var data = s.LoadData();
        double suggestion = s.Suggestion(data);
        int totalSteps = epochs * Trainer.BatchesPerEpoch(data.Train.Count, 32);
        var grid = new SweepGrid([suggestion], Schedules(totalSteps), [Setup.Sgd], seedList);
        var sweep = Train(s.Network, data, grid, new TrainingOptions { Epochs = epochs }, progress);
        double[] Final(int schedule) => [.. seedList.Select((_, k) => Accuracy(sweep[0, schedule, 0, k]))];
        double[] ranges = [.. Enumerable.Range(0, 3).Select(sc => seedList.Select((_, k) =>
            Settling.ValidationAccuracyRange(sweep[0, sc, 0, k], lastEpochs: 3)).Average())];
        return new ComparisonResult(suggestion, sweep, PairedComparison.Of(Final(1), Final(0)), PairedComparison.Of(Final(2), Final(0)),
            ranges, margin);
    }

    /// <summary>The final validation accuracy of a run that finished; a paired comparison has no number for a diverged run, so
    /// the claim cannot be decided and this throws.</summary>
    internal static double Accuracy(TrainingResult run) => run.FinalValidationAccuracy
        ?? throw new InvalidOperationException($"{run.Label}: {run.Status}; the paired comparison needs every run to finish.");

    internal static SweepResult Train(Network network, DataSplit data, SweepGrid grid, TrainingOptions options, Action<SweepProgress>? progress) =>
        progress is null ? TrainingSweep.Run(network, data, grid, options) : SweepRunner.Run(network, data, grid, options, progress);
}

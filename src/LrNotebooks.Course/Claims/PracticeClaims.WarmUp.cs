using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Training;

namespace LrNotebooks.Course;

public static partial class PracticeClaims
{
    /// <summary>
    /// Warm-up (Goyal et al. 2017; Liu et al. 2020, "On the variance of the adaptive learning rate and beyond"): Adam on
    /// digits at <see cref="WarmUpSettings.PeakFactor"/> times the range test's suggestion (minimum / 10), once constant
    /// from step 0 and once after a linear warm-up (PyTorch <c>LinearLR</c>, then constant), over seeds. Why it matters:
    /// Adam's first update is η·sign(g) in every coordinate, whatever the gradient's size, because its second-moment
    /// estimate rests on one sample; the size of Adam's update per unit of rate, RMS(Δθ)/η, is measured over the first
    /// steps of the constant run. The claim: the warmed-up runs end with a higher mean accuracy, a smaller spread and a
    /// better worst seed, and the early updates per unit rate are larger than the late ones.
    /// </summary>
    /// <param name="data">The digits split.</param>
    /// <param name="settings">Network, peak factor, warm-up length, epochs and seeds; null for the notebook's.</param>
    public static WarmUpResult WarmUp(DataSplit data, WarmUpSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var s = settings ?? new WarmUpSettings();
        var network = Network.ForDigits([.. s.Hidden]);
        var finder = RangeTest.Run(network, data, lr => Optimizer.Adam(lr), new RangeTestOptions { Steps = 200 });
        double peak = s.PeakFactor * finder.MinimumOverTenLearningRate;
        Schedule constant = peak;
        Schedule warm = Schedule.Linear(peak, startFactor: s.WarmupStartFactor, endFactor: 1, totalSteps: s.WarmupSteps);
        var jobs = new[] { constant, warm }.SelectMany(schedule => s.Seeds.Select(seed => (Schedule: schedule, Seed: seed))).ToArray();
        var results = Sweep.Map(jobs, j => Trainer.Train(network, data, Optimizer.Adam(j.Schedule),
            new TrainingOptions { Epochs = s.Epochs, Seed = j.Seed, Label = j.Schedule == constant ? "constant" : $"linear warm-up over {s.WarmupSteps} steps" }));
        var constantRuns = results[..s.Seeds.Count];
        var warmRuns = results[s.Seeds.Count..];
        double[] Accuracies(IEnumerable<TrainingResult> runs) => [.. runs.Select(r => r.FinalValidationAccuracy ?? 0)];
        double[] a = Accuracies(warmRuns), c = Accuracies(constantRuns);
        var comparison = PairedComparison.Of(a, c);
        double[] updates = UpdateSizes(network, data.Train, Optimizer.Adam(constant), s.Seeds[0], s.UpdateSteps, 32, peak);
        int window = Math.Max(1, s.UpdateSteps / 10);
        double early = updates.Take(window).Average(), late = updates.TakeLast(window).Average();
        double sdWarm = StandardDeviation(a), sdConstant = StandardDeviation(c);
        bool holds = a.Average() > c.Average() && sdWarm < sdConstant && a.Min() > c.Min() && early >= s.EarlyToLate * late;
        string evidence = $"Adam at η = {Numbers.Format(s.PeakFactor)} × {Numbers.Format(finder.MinimumOverTenLearningRate)} = {Numbers.Format(peak)}, "
            + $"{s.Epochs} epochs, {s.Seeds.Count} seeds: constant {Numbers.Percent(c.Average())} ± {Numbers.Format(100 * sdConstant, 2)} pt "
            + $"(lowest {Numbers.Percent(c.Min())}), warm-up {Numbers.Percent(a.Average())} ± {Numbers.Format(100 * sdWarm, 2)} pt (lowest {Numbers.Percent(a.Min())}); "
            + $"warm-up − constant: {comparison}; RMS update / η over the first {window} steps {Numbers.Format(early)}, "
            + $"over steps {s.UpdateSteps - window + 1}–{s.UpdateSteps} {Numbers.Format(late)}";
        return new WarmUpResult(finder.MinimumOverTenLearningRate, peak, constantRuns, warmRuns, comparison, updates, early, late, holds, evidence);
    }

    /// <summary>RMS(θ_{t+1} − θ_t) / η for the first <paramref name="steps"/> steps of mini-batch training.</summary>
    private static double[] UpdateSizes(Network network, Dataset train, Optimizer optimizer, int seed, int steps, int batch, double rate)
    {
        double[] theta = network.InitialParameters(seed);
        var state = optimizer.CreateState(theta.Length);
        var gradient = new double[theta.Length];
        var before = new double[theta.Length];
        int[] order = [.. Enumerable.Range(0, train.Count)];
        var random = new Random(seed);
        var sizes = new double[steps];
        for (int t = 0, at = train.Count; t < steps; t++, at += batch)
        {
            if (at + batch > train.Count) { random.Shuffle(order); at = 0; }
            network.LossAndGradient(theta, train, order.AsSpan(at, batch), gradient);
            theta.CopyTo(before, 0);
            optimizer.Step(theta, gradient, state);
            sizes[t] = Math.Sqrt(SquaredDistance(theta, before) / theta.Length) / rate;
        }
        return sizes;
    }
}

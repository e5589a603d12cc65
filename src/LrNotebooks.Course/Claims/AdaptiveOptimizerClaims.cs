using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

/// <summary>
/// The claims of notebook 05 (momentum and adaptive optimizers) as functions of their settings: each takes a settings
/// record whose defaults are the notebook's, runs the experiment and returns the verdict with its evidence, so the
/// notebook's <c>Claim.Check</c> cell and the robustness tests run the same computation.
/// </summary>
public static class AdaptiveOptimizerClaims
{
    /// <summary>Settings of <see cref="MomentumLimits"/>: the heavy ball's stability limit 2(1 + β)/λ_max (C13).</summary>
    public sealed record MomentumLimitSettings
    {
        /// <summary>Curvature coefficient a of the bowl f = a·x² + b·y² (default 0.1).</summary>
        public double A { get; init; } = 0.1;

        /// <summary>Curvature coefficient b of the bowl (default 2, so λ_max = 4).</summary>
        public double B { get; init; } = 2;

        /// <summary>The common start (default (−2.5, 1.5)).</summary>
        public double[] Start { get; init; } = [-2.5, 1.5];

        /// <summary>The momenta β tried with heavy ball (default 0, 0.5, 0.9).</summary>
        public double[] Momenta { get; init; } = [0, 0.5, 0.9];

        /// <summary>The momentum tried with Nesterov's variant (default 0.9; 0 = none).</summary>
        public double NesterovMomentum { get; init; } = 0.9;

        /// <summary>How far below and above the limit the two test rates sit, as a fraction (default 0.02: ±2%).</summary>
        public double Margin { get; init; } = 0.02;

        /// <summary>Step budget of each run (default 3000).</summary>
        public int Steps { get; init; } = 3000;

        /// <summary>Tolerance on f − f* for "converged" (default 1e-6).</summary>
        public double Tolerance { get; init; } = 1e-6;

        /// <summary>Number of rates per momentum in the chart's sweep (default 30, log-spaced from 0.01 to 2).</summary>
        public int SweepRates { get; init; } = 30;

        /// <summary>Step budget of each run of the chart's sweep (default 500).</summary>
        public int SweepSteps { get; init; } = 500;
    }

    /// <summary>One momentum's limit and the two runs at ±margin around it.</summary>
    /// <param name="Label">e.g. <c>heavy ball β = 0.5</c>.</param>
    /// <param name="Momentum">β.</param>
    /// <param name="Nesterov">Whether the run used Nesterov's variant.</param>
    /// <param name="Limit">The predicted limit: 2(1 + β)/λ_max (heavy ball) or 2(1 + β)/((1 + 2β) λ_max) (Nesterov).</param>
    /// <param name="Below">The run at Limit·(1 − margin).</param>
    /// <param name="Above">The run at Limit·(1 + margin).</param>
    /// <param name="Sweep">Steps to tolerance against η (for the chart).</param>
    public sealed record MomentumLimit(string Label, double Momentum, bool Nesterov, double Limit, Trajectory Below, Trajectory Above,
        LearningRateSweep Sweep)
    {
        /// <summary>Converged just below, diverged just above.</summary>
        public bool Holds => Below.Status.Converged && Above.Status.Diverged;
    }

    /// <summary>The result of <see cref="MomentumLimits"/>.</summary>
    /// <param name="Limits">One entry per momentum, heavy ball first, Nesterov last.</param>
    /// <param name="LargestEigenvalue">λ_max of the bowl.</param>
    /// <param name="Margin">The margin used.</param>
    public sealed record MomentumLimitsResult(IReadOnlyList<MomentumLimit> Limits, double LargestEigenvalue, double Margin)
    {
        /// <summary>Every momentum converged just below its limit and diverged just above.</summary>
        public bool Holds => Limits.All(l => l.Holds);

        /// <summary>The limits and the two runs for each momentum.</summary>
        public string Evidence => $"λ_max = {Numbers.Format(LargestEigenvalue)}, rates at ±{Numbers.Percent(Margin)} of each limit: "
            + string.Join("; ", Limits.Select(l => $"{l.Label}: limit {Numbers.Format(l.Limit)}, "
                + $"below {l.Below.Status}, above {l.Above.Status}"));
    }

    /// <summary>
    /// Heavy-ball momentum β moves the stability limit of a quadratic from 2/λ_max to 2(1 + β)/λ_max (Nesterov's variant:
    /// 2(1 + β)/((1 + 2β) λ_max)): runs at ±margin around each limit, and a sweep of η per momentum for the chart.
    /// </summary>
    public static MomentumLimitsResult MomentumLimits(MomentumLimitSettings? settings = null)
    {
        var s = settings ?? new MomentumLimitSettings();
        Require(s.Margin > 0 && s.Margin < 0.5, nameof(s.Margin), s.Margin, "in (0, 0.5)");
        Require(s.Momenta.Length > 0 && s.Momenta.All(b => b >= 0 && b < 1), nameof(s.Momenta), s.Momenta.Length, "non-empty, each in [0, 1)");
        var bowl = Surface.Quadratic(s.A, s.B);
        double lambda = bowl.LargestEigenvalue;
        var options = new RunOptions { Steps = s.Steps, Tolerance = s.Tolerance, StopAtConvergence = true };
        var rates = Sweep.LogSpace(0.01, 2, s.SweepRates);
        MomentumLimit Measure(double beta, bool nesterov)
        {
            double limit = nesterov ? 2 * (1 + beta) / ((1 + 2 * beta) * lambda) : 2 * (1 + beta) / lambda;
            Optimizer Make(double lr) => Optimizer.Sgd(lr, momentum: beta, nesterov: nesterov);
            string label = nesterov ? $"Nesterov β = {Numbers.Format(beta)}" : $"heavy ball β = {Numbers.Format(beta)}";
            return new MomentumLimit(label, beta, nesterov, limit,
                Descent.Run(bowl, Make(limit * (1 - s.Margin)), s.Start, options),
                Descent.Run(bowl, Make(limit * (1 + s.Margin)), s.Start, options),
                Sweep.LearningRates(rates, lr => Descent.Run(bowl, Make(lr), s.Start, options with { Steps = s.SweepSteps, Label = label })));
        }
        var limits = s.Momenta.Select(b => Measure(b, nesterov: false)).ToList();
        if (s.NesterovMomentum > 0) limits.Add(Measure(s.NesterovMomentum, nesterov: true));
        return new MomentumLimitsResult(limits, lambda, s.Margin);
    }

    /// <summary>Settings of <see cref="EffectiveRate"/>: momentum multiplies the rate along flat directions by 1/(1 − β) (C13).</summary>
    public sealed record EffectiveRateSettings
    {
        /// <summary>Curvature coefficient a of the flat bowl f = a·x² + b·y² (default 0.01).</summary>
        public double A { get; init; } = 0.01;

        /// <summary>Curvature coefficient b of the flat bowl (default 0.02).</summary>
        public double B { get; init; } = 0.02;

        /// <summary>The common start (default (−2.5, 1.5)).</summary>
        public double[] Start { get; init; } = [-2.5, 1.5];

        /// <summary>The effective rate η/(1 − β) every run shares (default 0.2).</summary>
        public double EffectiveLearningRate { get; init; } = 0.2;

        /// <summary>The momenta compared, the first being the reference (default 0, 0.5, 0.9).</summary>
        public double[] Momenta { get; init; } = [0, 0.5, 0.9];

        /// <summary>Tolerance on f − f* (default 1e-6).</summary>
        public double Tolerance { get; init; } = 1e-6;

        /// <summary>Largest allowed relative difference in steps from the reference (default 0.1).</summary>
        public double RelativeTolerance { get; init; } = 0.1;
    }

    /// <summary>The result of <see cref="EffectiveRate"/>.</summary>
    /// <param name="Runs">One run per momentum, with η = EffectiveLearningRate·(1 − β).</param>
    /// <param name="Steps">Steps to tolerance of each run (NaN if it did not get there).</param>
    /// <param name="Holds">Every run reached the tolerance within RelativeTolerance of the reference's steps.</param>
    /// <param name="Evidence">The rates and steps.</param>
    public sealed record EffectiveRateResult(IReadOnlyList<Trajectory> Runs, IReadOnlyList<double> Steps, bool Holds, string Evidence);

    /// <summary>
    /// On a bowl flat enough that η·λ is small, heavy ball with (η, β) takes as many steps as plain gradient descent
    /// with η/(1 − β): the velocity builds up to g/(1 − β).
    /// </summary>
    public static EffectiveRateResult EffectiveRate(EffectiveRateSettings? settings = null)
    {
        var s = settings ?? new EffectiveRateSettings();
        Require(s.Momenta.Length >= 2 && s.Momenta.All(b => b >= 0 && b < 1), nameof(s.Momenta), s.Momenta.Length, "at least two, each in [0, 1)");
        var bowl = Surface.Quadratic(s.A, s.B);
        var options = new RunOptions { Steps = 1_000_000, Tolerance = s.Tolerance, StopAtConvergence = true };
        var runs = s.Momenta.Select(b => Descent.Run(bowl, Optimizer.Sgd(s.EffectiveLearningRate * (1 - b), momentum: b), s.Start,
            options with { Label = $"η = {Numbers.Format(s.EffectiveLearningRate * (1 - b))}, β = {Numbers.Format(b)}" })).ToArray();
        double[] steps = [.. Latency.Steps(runs)];
        bool holds = steps.All(double.IsFinite) && steps.All(n => Math.Abs(n / steps[0] - 1) <= s.RelativeTolerance);
        string evidence = $"η/(1 − β) = {Numbers.Format(s.EffectiveLearningRate)} on {bowl.Name} (η·λ_max/(1 − β) = "
            + $"{Numbers.Format(s.EffectiveLearningRate * bowl.LargestEigenvalue)}); steps to f − f* ≤ {Numbers.Format(s.Tolerance)}: "
            + string.Join(", ", runs.Select((r, i) => $"{r.Label}: {Numbers.Format(steps[i], 4)}"))
            + $"; largest difference {Numbers.Percent(steps.Max(n => Math.Abs(n / steps[0] - 1)))}";
        return new EffectiveRateResult(runs, steps, holds, evidence);
    }

    /// <summary>Settings of <see cref="PolyakTuning"/>: the tuned heavy ball's per-step factor (C13).</summary>
    public sealed record PolyakSettings
    {
        /// <summary>Curvature coefficient a of the bowl (default 0.1).</summary>
        public double A { get; init; } = 0.1;

        /// <summary>Curvature coefficient b of the bowl (default 2).</summary>
        public double B { get; init; } = 2;

        /// <summary>The common start (default (−2.5, 1.5)).</summary>
        public double[] Start { get; init; } = [-2.5, 1.5];

        /// <summary>First step of the measuring window (default 20).</summary>
        public int From { get; init; } = 20;

        /// <summary>Last step of the measuring window (default 40).</summary>
        public int To { get; init; } = 40;

        /// <summary>Allowed relative error of each measured factor against its formula (default 0.01).</summary>
        public double RelativeTolerance { get; init; } = 0.01;
    }

    /// <summary>The result of <see cref="PolyakTuning"/>.</summary>
    /// <param name="Sgd">Plain gradient descent at 2/(λ_min + λ_max).</param>
    /// <param name="HeavyBall">Heavy ball with Polyak's η and β.</param>
    /// <param name="LearningRate">Polyak's η = 4/(√λ_max + √λ_min)².</param>
    /// <param name="Momentum">Polyak's β = ((√κ − 1)/(√κ + 1))².</param>
    /// <param name="SgdFactor">SGD's measured error factor per step (√ of the loss ratio over the window).</param>
    /// <param name="SgdTheory">(κ − 1)/(κ + 1).</param>
    /// <param name="HeavyBallFactor">The heavy ball's measured factor, divided by (To/From)^(1/(To − From)) to remove the
    /// t in its repeated root's t·rᵗ.</param>
    /// <param name="HeavyBallTheory">(√κ − 1)/(√κ + 1).</param>
    /// <param name="Holds">Both measured factors are within the tolerance of their formulas.</param>
    /// <param name="Evidence">Rates, limits and factors.</param>
    public sealed record PolyakResult(Trajectory Sgd, Trajectory HeavyBall, double LearningRate, double Momentum, double SgdFactor, double SgdTheory,
        double HeavyBallFactor, double HeavyBallTheory, bool Holds, string Evidence);

    /// <summary>
    /// Polyak's tuning of the heavy ball on a quadratic: η = 4/(√L + √μ)², β = ((√κ − 1)/(√κ + 1))² shrinks the error
    /// by (√κ − 1)/(√κ + 1) per step against (κ − 1)/(κ + 1) for the best plain gradient descent, although η is above
    /// plain gradient descent's limit 2/L (it is below the heavy ball's 2(1 + β)/L).
    /// </summary>
    public static PolyakResult PolyakTuning(PolyakSettings? settings = null)
    {
        var s = settings ?? new PolyakSettings();
        Require(s.From >= 1 && s.To > s.From, nameof(s.To), s.To, $"greater than From = {s.From} >= 1");
        var bowl = Surface.Quadratic(s.A, s.B);
        double l = bowl.LargestEigenvalue, mu = bowl.SmallestEigenvalue, kappa = bowl.ConditionNumber;
        double rate = 4 / Math.Pow(Math.Sqrt(l) + Math.Sqrt(mu), 2);
        double momentum = Math.Pow((Math.Sqrt(kappa) - 1) / (Math.Sqrt(kappa) + 1), 2);
        var sgd = Descent.Run(bowl, Optimizer.Sgd(bowl.OptimalLearningRate), s.Start, s.To);
        var heavy = Descent.Run(bowl, Optimizer.Sgd(rate, momentum: momentum), s.Start, s.To);
        double Factor(Trajectory r) => Math.Pow(r.Losses[s.To] / r.Losses[s.From], 0.5 / (s.To - s.From));
        double sgdFactor = Factor(sgd);
        double heavyFactor = Factor(heavy) / Math.Pow((double)s.To / s.From, 1.0 / (s.To - s.From));
        double sgdTheory = (kappa - 1) / (kappa + 1), heavyTheory = (Math.Sqrt(kappa) - 1) / (Math.Sqrt(kappa) + 1);
        bool holds = Math.Abs(sgdFactor / sgdTheory - 1) <= s.RelativeTolerance && Math.Abs(heavyFactor / heavyTheory - 1) <= s.RelativeTolerance;
        string evidence = $"κ = {Numbers.Format(kappa)}; Polyak's η = {Numbers.Format(rate)} (above 2/λ_max = {Numbers.Format(2 / l)}, "
            + $"below 2(1 + β)/λ_max = {Numbers.Format(2 * (1 + momentum) / l)}), β = {Numbers.Format(momentum)}; error factor per step, "
            + $"steps {s.From}–{s.To}: SGD {Numbers.Format(sgdFactor)} (theory {Numbers.Format(sgdTheory)}), heavy ball "
            + $"{Numbers.Format(heavyFactor)} after removing the repeated root's t (theory {Numbers.Format(heavyTheory)})";
        return new PolyakResult(sgd, heavy, rate, momentum, sgdFactor, sgdTheory, heavyFactor, heavyTheory, holds, evidence);
    }

    /// <summary>Settings of <see cref="StepSizeRatios"/>: per-coordinate effective step sizes (C12).</summary>
    public sealed record StepSizeSettings
    {
        /// <summary>The start (default (−2.5, 1.5)); off the axes, so both coordinates see a gradient.</summary>
        public double[] Start { get; init; } = [-2.5, 1.5];

        /// <summary>Rates of SGD, AdaGrad, RMSProp and Adam, in that order (default 0.4, 0.5, 0.05, 0.1).</summary>
        public double[] LearningRates { get; init; } = [0.4, 0.5, 0.05, 0.1];

        /// <summary>Steps per run (default 100).</summary>
        public int Steps { get; init; } = 100;

        /// <summary>The ratio the adaptive methods must exceed at every step (default 3).</summary>
        public double MinimumRatio { get; init; } = 3;
    }

    /// <summary>The result of <see cref="StepSizeRatios"/>.</summary>
    /// <param name="Runs">SGD, AdaGrad, RMSProp, Adam on the bowl 0.1x² + 2y².</param>
    /// <param name="SmallestRatios">The smallest x/y effective step-size ratio over the run, per optimizer.</param>
    /// <param name="Holds">SGD's ratio is exactly 1 at every step, every adaptive method's exceeds MinimumRatio at every step.</param>
    /// <param name="Evidence">The smallest ratios.</param>
    public sealed record StepSizeResult(IReadOnlyList<Trajectory> Runs, IReadOnlyList<double> SmallestRatios, bool Holds, string Evidence);

    /// <summary>SGD gives both coordinates the same effective step size; AdaGrad, RMSProp and Adam give the gentle one a larger one.</summary>
    public static StepSizeResult StepSizeRatios(StepSizeSettings? settings = null)
    {
        var s = settings ?? new StepSizeSettings();
        Require(s.LearningRates.Length == 4, nameof(s.LearningRates), s.LearningRates.Length, "4 rates (SGD, AdaGrad, RMSProp, Adam)");
        var bowl = Surface.Quadratic(0.1, 2);
        Optimizer[] optimizers = [Optimizer.Sgd(s.LearningRates[0]), Optimizer.Adagrad(s.LearningRates[1]),
            Optimizer.RmsProp(s.LearningRates[2]), Optimizer.Adam(s.LearningRates[3])];
        var runs = optimizers.Select(o => Descent.Run(bowl, o, s.Start, s.Steps)).ToArray();
        double[] smallest = [.. runs.Select(r => StepSizeRatio.PerStep(r).Min())];
        bool holds = StepSizeRatio.PerStep(runs[0]).All(r => r == 1) && smallest.Skip(1).All(r => r > s.MinimumRatio);
        string evidence = $"from ({string.Join(", ", s.Start.Select(v => Numbers.Format(v)))}), {s.Steps} steps: SGD's x/y ratio "
            + $"{(smallest[0] == 1 && StepSizeRatio.PerStep(runs[0]).All(r => r == 1) ? "exactly 1 at every step" : "not always 1")}; "
            + $"smallest ratio for AdaGrad, RMSProp, Adam: {Numbers.List(smallest.Skip(1))}";
        return new StepSizeResult(runs, smallest, holds, evidence);
    }

    /// <summary>Settings of <see cref="UsableWindows"/>: the window of usable base rates of SGD, SGD + momentum and Adam (C12).</summary>
    public sealed record WindowSettings
    {
        /// <summary>Smallest swept rate (default 1e-4).</summary>
        public double LowestRate { get; init; } = 1e-4;

        /// <summary>Largest swept rate (default 1e3, far above every optimizer's window).</summary>
        public double HighestRate { get; init; } = 1e3;

        /// <summary>Grid points per decade (default 6).</summary>
        public int RatesPerDecade { get; init; } = 6;

        /// <summary>Step budget (default 300).</summary>
        public int Budget { get; init; } = 300;

        /// <summary>Tolerance on f − f* (default 1e-6).</summary>
        public double Tolerance { get; init; } = 1e-6;

        /// <summary>A run whose loss rises above this multiple of its start counts as failed (default 10).</summary>
        public double LossCeiling { get; init; } = 10;

        /// <summary>How many times wider (in decades) Adam's window must be than SGD's (default 2).</summary>
        public double MinimumWidthRatio { get; init; } = 2;
    }

    /// <summary>The result of <see cref="UsableWindows"/>.</summary>
    /// <param name="LearningRates">The grid.</param>
    /// <param name="Sweeps">SGD, SGD + momentum 0.9, Adam.</param>
    /// <param name="Windows">Their windows.</param>
    /// <param name="GridStep">The grid's spacing in decades.</param>
    /// <param name="Holds">Adam's window lies inside the grid, SGD has a usable rate, and Adam's width is at least
    /// MinimumWidthRatio times SGD's.</param>
    /// <param name="Evidence">The windows, whether they touch the grid's ends, the ratio.</param>
    public sealed record WindowResult(IReadOnlyList<double> LearningRates, IReadOnlyList<LearningRateSweep> Sweeps,
        IReadOnlyList<LearningRateWindow> Windows, double GridStep, bool Holds, string Evidence);

    /// <summary>
    /// Sweeps the base rate of SGD, SGD + momentum and Adam on the bowl 0.1x² + 2y²; a rate is usable when the run reaches
    /// the tolerance within the budget and its loss never rises above LossCeiling times its start.
    /// </summary>
    public static WindowResult UsableWindows(WindowSettings? settings = null)
    {
        var s = settings ?? new WindowSettings();
        Require(s.HighestRate > s.LowestRate && s.LowestRate > 0, nameof(s.HighestRate), s.HighestRate, $"above LowestRate = {s.LowestRate} > 0");
        Require(s.RatesPerDecade >= 1, nameof(s.RatesPerDecade), s.RatesPerDecade, ">= 1");
        Require(s.LossCeiling > 1, nameof(s.LossCeiling), s.LossCeiling, "> 1");
        var bowl = Surface.Quadratic(0.1, 2);
        double[] start = [-2.5, 1.5];
        double decades = Math.Log10(s.HighestRate / s.LowestRate);
        int count = (int)Math.Round(decades * s.RatesPerDecade) + 1;
        var rates = Sweep.LogSpace(s.LowestRate, s.HighestRate, count);
        var options = new RunOptions { Steps = s.Budget, Tolerance = s.Tolerance, StopAtConvergence = true, DivergenceFactor = s.LossCeiling };
        (string Label, Func<double, Optimizer> Make)[] contenders =
            [("SGD", lr => Optimizer.Sgd(lr)), ("SGD + momentum 0.9", lr => Optimizer.Sgd(lr, momentum: 0.9)), ("Adam", lr => Optimizer.Adam(lr))];
        var sweeps = contenders.Select(c => Sweep.LearningRates(rates, lr => Descent.Run(bowl, c.Make(lr), start, options))).ToArray();
        var windows = contenders.Select((c, i) => LearningRateWindow.Of(c.Label, sweeps[i])).ToArray();
        LearningRateWindow sgd = windows[0], adam = windows[2];
        double step = decades / (count - 1);
        bool Touches(LearningRateWindow w) => w.Count > 0 && (w.Usable[0] || w.Usable[^1]);
        double ratio = sgd.Decades > 0 ? adam.Decades / sgd.Decades : double.PositiveInfinity;
        bool holds = sgd.Count >= 1 && adam.Count >= 2 && !Touches(adam) && !Touches(sgd) && ratio >= s.MinimumWidthRatio;
        string edges = windows.Any(Touches) ? $"touching the grid's ends: {string.Join(", ", windows.Where(Touches).Select(w => w.Label))}"
            : "every window ends inside the grid";
        string evidence = $"grid {Numbers.Format(s.LowestRate)} to {Numbers.Format(s.HighestRate)}, {s.RatesPerDecade} per decade; "
            + $"{string.Join("; ", windows.Select(w => w.ToString()))}; {edges}; Adam/SGD width "
            + (double.IsPositiveInfinity(ratio) ? "unbounded (SGD has one usable rate)" : Numbers.Format(ratio))
            + $"; counting one grid step at each end against Adam: {Numbers.Format(adam.Decades / (sgd.Decades + 2 * step))}";
        return new WindowResult(rates, sweeps, windows, step, holds, evidence);
    }

    /// <summary>Settings of <see cref="AdamSchedule"/>: Adam under noise, constant against cosine, best against best (C8, C19).</summary>
    public sealed record ScheduleSettings
    {
        /// <summary>Gradient noise σ (default 0.5).</summary>
        public double Noise { get; init; } = 0.5;

        /// <summary>Steps per run (default 300).</summary>
        public int Steps { get; init; } = 300;

        /// <summary>Smallest base rate of the sweep (default 0.001).</summary>
        public double LowestRate { get; init; } = 0.001;

        /// <summary>Largest base rate of the sweep (default 1).</summary>
        public double HighestRate { get; init; } = 1;

        /// <summary>Grid points per decade (default 3).</summary>
        public int RatesPerDecade { get; init; } = 3;

        /// <summary>Seeds used to pick each schedule's best base rate (default 32, starting at seed 1).</summary>
        public int SelectionSeeds { get; init; } = 32;

        /// <summary>Fresh seeds on which the two best settings are compared, paired (default 64).</summary>
        public int EvaluationSeeds { get; init; } = 64;

        /// <summary>First evaluation seed (default 1001).</summary>
        public int EvaluationSeed { get; init; } = 1001;
    }

    /// <summary>The result of <see cref="AdamSchedule"/>.</summary>
    /// <param name="LearningRates">The swept base rates.</param>
    /// <param name="ConstantLoss">Mean final loss per base rate over the selection seeds, constant rate.</param>
    /// <param name="CosineLoss">The same with cosine annealing to 0.</param>
    /// <param name="BestConstant">The best constant setting, run on the evaluation seeds.</param>
    /// <param name="BestCosine">The best cosine setting, run on the evaluation seeds.</param>
    /// <param name="Comparison">Cosine against constant, paired by seed, as a factor on the final loss.</param>
    /// <param name="OffByTen">Mean final loss a decade below and a decade above the best constant rate, over the best's
    /// (NaN where the grid ends).</param>
    public sealed record ScheduleResult(IReadOnlyList<double> LearningRates, IReadOnlyList<double> ConstantLoss, IReadOnlyList<double> CosineLoss,
        SeedEnsemble BestConstant, SeedEnsemble BestCosine, PairedComparison Comparison, (double Below, double Above) OffByTen)
    {
        /// <summary>C8: the best cosine run ends lower than the best constant one beyond the noise (interval below 1x).</summary>
        public bool Holds => Comparison.FactorHigh < 1;

        /// <summary>The best rates, the paired factor and its interval.</summary>
        public string Evidence => $"best constant η = {Numbers.Format(BestConstant.Runs[0].LearningRates[0])}, best cosine η₀ = "
            + $"{Numbers.Format(BestCosine.Runs[0].LearningRates[0])} (picked on other seeds); final loss over {Comparison.Count} fresh seeds: "
            + $"constant {Numbers.Format(BestConstant.MeanFinalLoss)}, cosine {Numbers.Format(BestCosine.MeanFinalLoss)}; cosine/constant "
            + $"= {Numbers.Format(Comparison.Factor)}x (95% interval {Numbers.Format(Comparison.FactorLow)}x to {Numbers.Format(Comparison.FactorHigh)}x)";

        /// <summary>C19: a decade off the best constant rate, on either side, costs at least 2x in final loss.</summary>
        public bool BaseRateMatters => OffByTen.Below >= 2 && OffByTen.Above >= 2;

        /// <summary>The cost of a decade off the best constant rate.</summary>
        public string BaseRateEvidence => $"mean final loss over the selection seeds, constant rate: at the best η = "
            + $"{Numbers.Format(BestConstant.Runs[0].LearningRates[0])} it is {Numbers.Format(ConstantLoss.Min())}; a decade lower "
            + $"{Numbers.Format(OffByTen.Below)}x that, a decade higher {Numbers.Format(OffByTen.Above)}x";
    }

    /// <summary>
    /// Adam on the noisy bowl: each schedule (constant, cosine to 0) gets its best base rate on the selection seeds; the
    /// two best settings are then compared on fresh seeds, paired (the same noise for both).
    /// </summary>
    public static ScheduleResult AdamSchedule(ScheduleSettings? settings = null)
    {
        var s = settings ?? new ScheduleSettings();
        Require(s.SelectionSeeds >= 2, nameof(s.SelectionSeeds), s.SelectionSeeds, ">= 2");
        Require(s.EvaluationSeeds >= 2, nameof(s.EvaluationSeeds), s.EvaluationSeeds, ">= 2");
        Require(s.Noise > 0, nameof(s.Noise), s.Noise, "> 0");
        var bowl = Surface.Quadratic(0.1, 2);
        double[] start = [-2.5, 1.5];
        int count = (int)Math.Round(Math.Log10(s.HighestRate / s.LowestRate) * s.RatesPerDecade) + 1;
        var rates = Sweep.LogSpace(s.LowestRate, s.HighestRate, count);
        var noisy = new RunOptions { Steps = s.Steps, GradientNoise = s.Noise, Seed = 1 };
        Schedule Constant(double lr) => lr;
        Schedule Cosine(double lr) => Schedule.Cosine(lr, s.Steps);
        double[] MeanLoss(Func<double, Schedule> schedule) =>
            [.. rates.Select(lr => SeedEnsemble.Run(bowl, Optimizer.Adam(schedule(lr)), start, noisy, s.SelectionSeeds).MeanFinalLoss)];
        double[] constant = MeanLoss(Constant), cosine = MeanLoss(Cosine);
        int bestConstant = Array.IndexOf(constant, constant.Min()), bestCosine = Array.IndexOf(cosine, cosine.Min());
        var evaluation = noisy with { Seed = s.EvaluationSeed };
        var constantRuns = SeedEnsemble.Run(bowl, Optimizer.Adam(rates[bestConstant]), start,
            evaluation with { Label = $"Adam, constant η = {Numbers.Format(rates[bestConstant])}" }, s.EvaluationSeeds);
        var cosineRuns = SeedEnsemble.Run(bowl, Optimizer.Adam(Cosine(rates[bestCosine])), start,
            evaluation with { Label = $"Adam, cosine from η₀ = {Numbers.Format(rates[bestCosine])}" }, s.EvaluationSeeds);
        var comparison = PairedComparison.OfLogRatios([.. cosineRuns.Runs.Select(r => r.FinalLoss)], [.. constantRuns.Runs.Select(r => r.FinalLoss)]);
        int below = bestConstant - s.RatesPerDecade, above = bestConstant + s.RatesPerDecade;
        var offByTen = (below >= 0 ? constant[below] / constant[bestConstant] : double.NaN,
            above < count ? constant[above] / constant[bestConstant] : double.NaN);
        return new ScheduleResult(rates, constant, cosine, constantRuns, cosineRuns, comparison, offByTen);
    }

    /// <summary>Settings of <see cref="Rotation"/>: turning the bowl removes the per-coordinate advantage (C19).</summary>
    public sealed record RotationSettings
    {
        /// <summary>The turn, in radians (default π/4).</summary>
        public double Angle { get; init; } = Math.PI / 4;

        /// <summary>The start (default (−2.5, 1.5)).</summary>
        public double[] Start { get; init; } = [-2.5, 1.5];

        /// <summary>Steps per run (default 100).</summary>
        public int Steps { get; init; } = 100;

        /// <summary>The turned bowl's median x/y ratio must lie within [1/this, this] (default 1.6).</summary>
        public double NearOne { get; init; } = 1.6;
    }

    /// <summary>The result of <see cref="Rotation"/>.</summary>
    /// <param name="Aligned">AdaGrad, RMSProp, Adam on the aligned bowl.</param>
    /// <param name="Turned">The same on the turned bowl.</param>
    /// <param name="Holds">Aligned: every median ratio at least 3; turned: every one within [1/NearOne, NearOne].</param>
    /// <param name="Evidence">The median ratios.</param>
    public sealed record RotationResult(IReadOnlyList<Trajectory> Aligned, IReadOnlyList<Trajectory> Turned, bool Holds, string Evidence);

    /// <summary>AdaGrad, RMSProp and Adam on the bowl 0.1x² + 2y² and on the same bowl turned: the median x/y ratio of their
    /// effective step sizes.</summary>
    public static RotationResult Rotation(RotationSettings? settings = null)
    {
        var s = settings ?? new RotationSettings();
        Require(s.NearOne > 1, nameof(s.NearOne), s.NearOne, "> 1");
        Optimizer[] optimizers = [Optimizer.Adagrad(0.5), Optimizer.RmsProp(0.05), Optimizer.Adam(0.1)];
        Trajectory[] Runs(Surface bowl) => [.. optimizers.Select(o => Descent.Run(bowl, o, s.Start, s.Steps))];
        var aligned = Runs(Surface.Quadratic(0.1, 2));
        var turned = Runs(Surface.Quadratic(0.1, 2, s.Angle));
        double[] a = [.. aligned.Select(StepSizeRatio.Median)], t = [.. turned.Select(StepSizeRatio.Median)];
        bool holds = a.All(r => r >= 3) && t.All(r => r <= s.NearOne && r >= 1 / s.NearOne);
        string evidence = $"median x/y ratio of the effective step sizes for AdaGrad, RMSProp, Adam: aligned {Numbers.List(a)}, "
            + $"turned by {Numbers.Format(s.Angle * 180 / Math.PI)}° {Numbers.List(t)}";
        return new RotationResult(aligned, turned, holds, evidence);
    }

    /// <summary>Settings of <see cref="EpsilonCeiling"/>: ε caps the effective step size at η/ε (C19).</summary>
    public sealed record EpsilonSettings
    {
        /// <summary>Scale of the bowl: f = Scale·(0.1x² + 2y²), so its gradients are Scale times the course bowl's (default 1e-4).</summary>
        public double Scale { get; init; } = 1e-4;

        /// <summary>Adam's rate (default 0.1).</summary>
        public double LearningRate { get; init; } = 0.1;

        /// <summary>The large ε compared with PyTorch's default 1e-8 (default 0.01).</summary>
        public double LargeEpsilon { get; init; } = 0.01;

        /// <summary>Steps per run (default 300).</summary>
        public int Steps { get; init; } = 300;

        /// <summary>The step at which the effective step sizes are read (default 50).</summary>
        public int ReadAt { get; init; } = 50;
    }

    /// <summary>The result of <see cref="EpsilonCeiling"/>.</summary>
    /// <param name="Default">Adam with ε = 1e-8.</param>
    /// <param name="Large">Adam with the large ε.</param>
    /// <param name="Holds">With ε = 1e-8 the median ratio is above 3; with the large ε it is below 1.25 and both effective step
    /// sizes are within 10% of η/ε: Adam has become SGD with rate η/ε.</param>
    /// <param name="Evidence">Ratios and step sizes.</param>
    public sealed record EpsilonResult(Trajectory Default, Trajectory Large, bool Holds, string Evidence);

    /// <summary>Adam on a bowl with gradients far below ε: the denominator √v̂ + ε is ε, so every coordinate's effective step is η/ε.</summary>
    public static EpsilonResult EpsilonCeiling(EpsilonSettings? settings = null)
    {
        var s = settings ?? new EpsilonSettings();
        Require(s.ReadAt >= 1 && s.ReadAt <= s.Steps, nameof(s.ReadAt), s.ReadAt, $"in [1, Steps = {s.Steps}]");
        var bowl = Surface.Quadratic(0.1 * s.Scale, 2 * s.Scale);
        double[] start = [-2.5, 1.5];
        var small = Descent.Run(bowl, Optimizer.Adam(s.LearningRate), start, new RunOptions { Steps = s.Steps, Label = "Adam, ε = 1e-8" });
        var large = Descent.Run(bowl, Optimizer.Adam(s.LearningRate, eps: s.LargeEpsilon), start,
            new RunOptions { Steps = s.Steps, Label = $"Adam, ε = {Numbers.Format(s.LargeEpsilon)}" });
        double ceiling = s.LearningRate / s.LargeEpsilon;
        double[] read = large.EffectiveStepSizes[s.ReadAt - 1];
        double smallRatio = StepSizeRatio.Median(small), largeRatio = StepSizeRatio.Median(large);
        bool holds = smallRatio >= 3 && largeRatio <= 1.25 && read.All(v => Math.Abs(v / ceiling - 1) <= 0.1);
        string evidence = $"gradients of order {Numbers.Format(bowl.Gradient(start).Max(Math.Abs))} at the start; median x/y ratio: ε = 1e-8 "
            + $"{Numbers.Format(smallRatio)}, ε = {Numbers.Format(s.LargeEpsilon)} {Numbers.Format(largeRatio)}; effective step sizes at step "
            + $"{s.ReadAt} with the large ε: {Numbers.List(read)} against η/ε = {Numbers.Format(ceiling)}";
        return new EpsilonResult(small, large, holds, evidence);
    }

    /// <summary>Settings of <see cref="AmsGrad"/>: Reddi, Kale and Kumar's (2018) online problem (C19).</summary>
    public sealed record AmsGradSettings
    {
        /// <summary>The large gradient C, seen once per period (default 1010).</summary>
        public double Large { get; init; } = 1010;

        /// <summary>The small gradient −c seen at the other steps, as c (default 10).</summary>
        public double Small { get; init; } = 10;

        /// <summary>The period (default 101: C once, then −c a hundred times).</summary>
        public int Period { get; init; } = 101;

        /// <summary>Adam's rate (default 0.03).</summary>
        public double LearningRate { get; init; } = 0.03;

        /// <summary>β₂ (default 0.99).</summary>
        public double Beta2 { get; init; } = 0.99;

        /// <summary>Steps (default 50,000).</summary>
        public int Steps { get; init; } = 50_000;
    }

    /// <summary>The result of <see cref="AmsGrad"/>.</summary>
    /// <param name="Steps">The last step of each block of whole periods over which <paramref name="Adam"/> and
    /// <paramref name="AmsGrad"/> were averaged.</param>
    /// <param name="Adam">Plain Adam's x, averaged over each block.</param>
    /// <param name="AmsGrad">AMSGrad's x, averaged over each block.</param>
    /// <param name="AdamMean">Adam's mean x over the second half of the run.</param>
    /// <param name="AmsGradMean">AMSGrad's mean x over the second half.</param>
    /// <param name="Optimum">The best fixed x for the sum of the losses: −1 (or +1 if the period's sum is negative).</param>
    /// <param name="Averaged">How many last steps the two means are over.</param>
    public sealed record AmsGradResult(IReadOnlyList<double> Steps, IReadOnlyList<double> Adam, IReadOnlyList<double> AmsGrad,
        double AdamMean, double AmsGradMean, double Optimum, int Averaged)
    {
        /// <summary>Adam's average iterate sits in the half of [−1, 1] away from the optimum, AMSGrad's in the half next to it
        /// (beyond the midpoint between 0 and the optimum).</summary>
        public bool Holds => AdamMean * Optimum < 0 && AmsGradMean * Optimum > 0.5;

        /// <summary>The means and the optimum.</summary>
        public string Evidence => $"optimum x* = {Numbers.Format(Optimum)}; mean x over the last {Averaged:N0} steps: "
            + $"Adam {Numbers.Format(AdamMean)}, AMSGrad {Numbers.Format(AmsGradMean)}";
    }

    /// <summary>
    /// The online problem f_t(x) = C·x when t mod period = 1, −c·x otherwise, on [−1, 1] (each step projected back onto
    /// the interval): over a period the gradients sum to C − (period − 1)c &gt; 0, so x* = −1; Adam forgets the rare large
    /// gradient and drifts the wrong way, AMSGrad keeps the largest second moment and does not.
    /// </summary>
    public static AmsGradResult AmsGrad(AmsGradSettings? settings = null)
    {
        var s = settings ?? new AmsGradSettings();
        Require(s.Period >= 2, nameof(s.Period), s.Period, ">= 2");
        Require(s.Steps >= 2 * s.Period, nameof(s.Steps), s.Steps, $">= 2·Period = {2 * s.Period}");
        double perPeriod = s.Large - (s.Period - 1) * s.Small;
        Require(perPeriod != 0, nameof(s.Large), s.Large, "such that C − (period − 1)c ≠ 0");
        // One point per block of whole periods: sampling inside the period would alias its saw-tooth.
        int every = s.Period * Math.Max(1, (int)Math.Ceiling(s.Steps / (500.0 * s.Period)));
        (double[] Path, double Mean) Run(bool amsgrad)
        {
            var optimizer = Optimizer.Adam(s.LearningRate, beta2: s.Beta2, amsgrad: amsgrad);
            var state = optimizer.CreateState(1);
            double[] x = [0], g = [0];
            var path = new List<double>();
            double sum = 0, block = 0;
            for (int t = 1; t <= s.Steps; t++)
            {
                g[0] = t % s.Period == 1 ? s.Large : -s.Small;
                optimizer.Step(x, g, state);
                x[0] = Math.Clamp(x[0], -1, 1);                  // projection onto the feasible set [−1, 1]
                if (t > s.Steps / 2) sum += x[0];
                block += x[0];
                if (t % every == 0)
                {
                    path.Add(block / every);
                    block = 0;
                }
            }
            return ([.. path], sum / (s.Steps - s.Steps / 2));
        }
        var adam = Run(false);
        var ams = Run(true);
        double[] steps = [.. Enumerable.Range(1, adam.Path.Length).Select(i => (double)(i * every))];
        return new AmsGradResult(steps, adam.Path, ams.Path, adam.Mean, ams.Mean, perPeriod > 0 ? -1 : 1, s.Steps - s.Steps / 2);
    }

    private static void Require(bool condition, string name, object value, string allowed)
    {
        if (!condition) throw new ArgumentOutOfRangeException(name, value, $"{name} must be {allowed}, but was {value}.");
    }
}

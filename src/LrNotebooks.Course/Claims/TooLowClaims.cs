using LrNotebooks.Core;
using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

/// <summary>The claims of notebook 03 (too low), computed from the notebook's runs or from settings.</summary>
public static class TooLowClaims
{
    /// <summary>The accepted log-log slope of steps against η: "like 1/η" means a slope in [−1.15, −0.85].</summary>
    public const double SlopeTolerance = 0.15;

    /// <summary>Largest share of trapped starts a rate below the narrow wells' limit may free for the 2-D claim.</summary>
    public const double FewShare = 0.05;

    /// <summary>
    /// C4 on the bowl: every run reached the tolerance, and on the rates up to <paramref name="fitBelow"/> the fitted
    /// log-log slope of steps against η is −1 ± 0.15.
    /// </summary>
    /// <param name="learningRates">The rates, increasing.</param>
    /// <param name="runs">runs[i] ran with learningRates[i] and stopped at the tolerance.</param>
    /// <param name="fitBelow">The fit uses the rates &lt;= this (the small-rate regime).</param>
    public static ClaimVerdict StepsGrowLikeInverseRate(IReadOnlyList<double> learningRates, IReadOnlyList<Trajectory> runs, double fitBelow)
    {
        ArgumentNullException.ThrowIfNull(learningRates);
        ArgumentNullException.ThrowIfNull(runs);
        Guard.SameLength(learningRates.Count, runs.Count);
        double[] steps = Latency.Steps(runs);
        int[] small = [.. Enumerable.Range(0, learningRates.Count).Where(i => learningRates[i] <= fitBelow)];
        Guard.AtLeast(small.Length, 3, nameof(fitBelow));
        var fit = Fit.PowerLaw([.. small.Select(i => learningRates[i])], [.. small.Select(i => steps[i])]);
        bool holds = runs.All(r => r.Status.Converged) && Math.Abs(fit.Exponent + 1) <= SlopeTolerance;
        return new(holds,
            $"fitted slope {Numbers.Format(fit.Exponent)} (R² = {Numbers.Format(fit.RSquared, 4)}) over the {fit.Count} rates "
            + $"from {Numbers.Format(learningRates[small[0]])} to {Numbers.Format(learningRates[small[^1]])}; η = {Numbers.Format(learningRates[0])} "
            + $"took {steps[0]} steps, η = {Numbers.Format(learningRates[^1])} took {steps[^1]} ({Numbers.Format(steps[0] / steps[^1])}× as many "
            + $"for a {Numbers.Format(learningRates[^1] / learningRates[0])}× smaller rate)");
    }

    /// <summary>C4 on the notebook's bowl 0.1x² + 2y² from (−2.5, 1.5): <paramref name="count"/> log-spaced rates from 0.001 to 0.4.</summary>
    public static ClaimVerdict StepsGrowLikeInverseRate(double tolerance = 1e-6, int count = 14, double fitBelow = 0.05)
    {
        var bowl = Surface.Quadratic(0.1, 2);
        var rates = Sweep.LogSpace(1e-3, 0.4, count);
        var options = new RunOptions { Steps = 400_000, Tolerance = tolerance, StopAtConvergence = true };
        return StepsGrowLikeInverseRate(rates, Sweep.Map(rates, lr => Descent.Run(bowl, Optimizer.Sgd(lr), [-2.5, 1.5], options)), fitBelow);
    }

    /// <summary>
    /// C4 next to a saddle: every run got within the tolerance of the minimum, and the fitted log-log slope of the steps
    /// it took against η is −1 ± 0.15 (η × steps nearly constant).
    /// </summary>
    public static ClaimVerdict PlateauGrowsLikeInverseRate(IReadOnlyList<double> learningRates, IReadOnlyList<Trajectory> runs)
    {
        ArgumentNullException.ThrowIfNull(learningRates);
        ArgumentNullException.ThrowIfNull(runs);
        Guard.SameLength(learningRates.Count, runs.Count);
        double[] steps = Latency.Steps(runs);
        var fit = Fit.PowerLaw(learningRates, steps);
        double[] products = [.. learningRates.Zip(steps, (lr, k) => lr * k)];
        bool holds = runs.All(r => r.Status.Converged) && Math.Abs(fit.Exponent + 1) <= SlopeTolerance;
        return new(holds,
            $"from {Numbers.List(runs[0].Points[0])}: fitted slope {Numbers.Format(fit.Exponent)} over η from "
            + $"{Numbers.Format(learningRates.Min())} to {Numbers.Format(learningRates.Max())}; η × steps stays between "
            + $"{Numbers.Format(products.Min())} and {Numbers.Format(products.Max())}");
    }

    /// <summary>C4 next to the saddle x² + y⁴/4 − y²/2, from (1.8, <paramref name="y0"/>) to within <paramref name="tolerance"/> of f*.</summary>
    public static ClaimVerdict PlateauGrowsLikeInverseRate(double y0 = 1e-3, IReadOnlyList<double>? learningRates = null, double tolerance = 1e-3)
    {
        IReadOnlyList<double> rates = learningRates ?? [0.01, 0.02, 0.05, 0.1, 0.2, 0.4];
        var saddle = Surface.Saddle();
        var options = new RunOptions { Steps = 1_000_000, Tolerance = tolerance, StopAtConvergence = true };
        return PlateauGrowsLikeInverseRate(rates, [.. rates.Select(lr => Descent.Run(saddle, Optimizer.Sgd(lr), [1.8, y0], options))]);
    }

    /// <summary>
    /// C5 in 1-D: the small reference run ends in the poor local minimum; in the census no rate up to
    /// <paramref name="smallRates"/> frees a trapped start, some larger rate frees some, and no rate frees them all.
    /// </summary>
    /// <param name="surface">The 1-D landscape.</param>
    /// <param name="smallRun">One run with a small rate from a start in the poor valley.</param>
    /// <param name="census">The census over a grid of starts, the smallest rate first.</param>
    /// <param name="smallRates">Rates up to this are "small".</param>
    public static ClaimVerdict TrappedInOneDimension(Surface surface, Trajectory smallRun, IReadOnlyList<BasinCensus> census, double smallRates)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(smallRun);
        ArgumentNullException.ThrowIfNull(census);
        var local = surface.Minima.First(m => !m.IsGlobal);
        bool stuck = Basins.EndsInLocalMinimum(smallRun, local, radius: 1e-3);
        bool smallStay = census.Where(c => c.LearningRate <= smallRates).All(c => c.Escaped == 0);
        var best = census.MaxBy(c => c.EscapeFraction)!;
        bool onlySome = best.Escaped > 0 && best.Escaped < best.Trapped;
        return new(stuck && census[0].Trapped > 0 && smallStay && onlySome,
            $"η = {Numbers.Format(smallRun.LearningRates[0])} from x₀ = {Numbers.Format(smallRun.Points[0][0])} ends at x = "
            + $"{Numbers.Format(smallRun.FinalPoint[0])} ({(stuck ? "the local minimum" : "not the local minimum")}); "
            + $"{census[0].Trapped} of {census[0].Starts} starts trapped at η = {Numbers.Format(census[0].LearningRate)}; "
            + $"escaped for η ≤ {Numbers.Format(smallRates)}: {census.Where(c => c.LearningRate <= smallRates).Sum(c => c.Escaped)}; "
            + $"the best rate, η = {Numbers.Format(best.LearningRate)}, freed {best.Escaped} of {best.Trapped} ({Numbers.Percent(best.EscapeFraction)})");
    }

    /// <summary>C5 in 1-D on x·cos x + x²/2 with a grid of <paramref name="starts"/> starts and the notebook's ladder by default.</summary>
    public static ClaimVerdict TrappedInOneDimension(int starts = 61, IReadOnlyList<double>? ladder = null, int steps = 400, double smallRates = 0.3)
    {
        var wavy = Surface.XCosine(c: 1, bowl: 1);
        var options = new RunOptions { Steps = steps, Tolerance = 1e-9, StopAtConvergence = true };
        var census = Basins.Survey(wavy, Basins.StartGrid(wavy, starts), ladder ?? [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7],
            lr => Optimizer.Sgd(lr), options);
        return TrappedInOneDimension(wavy, Descent.Run(wavy, Optimizer.Sgd(0.05), [5.0], steps: 1000), census, smallRates);
    }

    /// <summary>
    /// C5 in 2-D, with a wide global well and narrow poor ones: rates below the narrow wells' limit 2/λ_max free at most
    /// 5% of the trapped starts; some rate of the ladder frees all of them, and every rate that does lies between the
    /// narrow wells' limit and the wide well's; the rates between the narrow limit and the first that frees all free
    /// fewer than half.
    /// </summary>
    /// <param name="wells">The landscape; its first minimum is the global one.</param>
    /// <param name="census">The census over a grid of starts, the smallest rate first, rates increasing.</param>
    public static ClaimVerdict EscapesInTwoDimensions(GaussianWells wells, IReadOnlyList<BasinCensus> census)
    {
        ArgumentNullException.ThrowIfNull(wells);
        ArgumentNullException.ThrowIfNull(census);
        double narrowLimit = wells.Minima.Skip(1).Max(m => Curvature.StabilityLimit(wells, m.Location));
        double wideLimit = Curvature.StabilityLimit(wells, wells.Minima[0].Location);
        var freeAll = census.Where(c => c.Trapped > 0 && c.Escaped == c.Trapped).ToArray();
        double firstAll = freeAll.Length > 0 ? freeAll.Min(c => c.LearningRate) : double.PositiveInfinity;
        bool fewBelow = census.Where(c => c.LearningRate < narrowLimit).All(c => c.EscapeFraction <= FewShare);
        bool allBetween = freeAll.Length > 0 && freeAll.All(c => c.LearningRate > narrowLimit && c.LearningRate < wideLimit);
        bool minorityBefore = census.Where(c => c.LearningRate > narrowLimit && c.LearningRate < firstAll).All(c => c.EscapeFraction < 0.5);
        return new(census[0].Trapped > 0 && fewBelow && allBetween && minorityBefore,
            $"{census[0].Trapped} of {census[0].Starts} starts trapped at η = {Numbers.Format(census[0].LearningRate)}; 2/λ_max ≤ "
            + $"{Numbers.Format(narrowLimit)} in the narrow wells, {Numbers.Format(wideLimit)} in the wide one; escaped (η: count): "
            + string.Join("; ", census.Select(c => $"{Numbers.Format(c.LearningRate)}: {c.Escaped}")));
    }

    /// <summary>C5 in 2-D on the notebook's three wells with a <paramref name="grid"/> × <paramref name="grid"/> grid of starts.</summary>
    public static ClaimVerdict EscapesInTwoDimensions(int grid = 11, IReadOnlyList<double>? ladder = null, int steps = 400)
    {
        var wells = NotebookWells();
        var options = new RunOptions { Steps = steps, Tolerance = 1e-9, StopAtConvergence = true };
        var census = Basins.Survey(wells, Basins.StartGrid(wells, grid), ladder ?? [0.1, 0.2, 0.3, 0.45, 0.6, 0.8, 1.0, 1.4],
            lr => Optimizer.Sgd(lr), options);
        return EscapesInTwoDimensions(wells, census);
    }

    /// <summary>The landscape of notebook 03, section 4: a wide deep global well at (1, 0.5), two narrow shallow ones, a gentle bowl.</summary>
    public static GaussianWells NotebookWells() => Surface.GaussianWells(
        [new(1.0, 0.5, 2.0, 1.3), new(-1.8, -1.2, 1.0, 0.5), new(-1.5, 1.8, 0.8, 0.45)],
        bowl: 0.1, domain: new PlotDomain(-3.5, 3.5, -3.5, 3.5));
}

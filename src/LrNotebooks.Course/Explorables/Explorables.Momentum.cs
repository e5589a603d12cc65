using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

public static partial class Explorables
{
    /// <summary>The learning rates of the momentum explorable, as fractions of plain SGD's limit 2/λ_max.</summary>
    public static IReadOnlyList<double> MomentumFractions { get; } = [0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0];

    /// <summary>The momentum values β of the momentum explorable.</summary>
    public static IReadOnlyList<double> MomentumBetas { get; } = [0, 0.5, 0.7, 0.9, 0.95];

    /// <summary>
    /// Two sliders, η and momentum β, on an ill-conditioned bowl (as in Goh, "Why Momentum Really Works", Distill
    /// 2017): the path over the contours and the loss per step. Heavy ball is stable for η &lt; 2(1 + β)/λ_max;
    /// the legend gives that limit and the run's status for the chosen pair.
    /// </summary>
    public static Figure MomentumOnBowl(Quadratic? bowl = null, double[]? start = null, int steps = 80, double tolerance = 1e-6)
    {
        bowl ??= Surface.Quadratic(0.1, 2);
        start ??= [-2.5, 1.5];
        if (steps is < 1 or > 1000) throw new ArgumentOutOfRangeException(nameof(steps), steps, "steps must be in [1, 1000].");
        double sgdLimit = bowl.StabilityLimit, lambdaMax = bowl.LargestEigenvalue;
        var options = new RunOptions { Steps = steps, Tolerance = tolerance, StopAtConvergence = true };
        var rates = new Parameter<double>("η", MomentumFractions.Select(k => k * sgdLimit), lr => F(lr), start: 2);
        var betas = new Parameter<double>("β", MomentumBetas, b => F(b), start: 0);
        return Explorable.Of(rates, betas, (lr, beta) =>
        {
            double limit = 2 * (1 + beta) / lambdaMax;
            var run = Descent.Run(bowl, Optimizer.Sgd(lr, momentum: beta), start, options);
            string side = Math.Abs(lr - limit) <= 1e-9 * limit ? "at" : lr < limit ? "below" : "above";
            run = run with { Label = $"η = {F(lr)}, β = {F(beta)}: {side} the limit 2(1+β)/λ_max = {F(limit)}, {run.Status}" };
            return SideBySide.Of(Plots.Contour(bowl, [run], levels: false), Plots.Loss(bowl, run), "Momentum on the bowl: choose η and β");
        }, Levels(bowl));
    }

    /// <summary>The optimizers of the Rosenbrock explorable, by the names on its buttons.</summary>
    public static IReadOnlyList<(string Name, Func<double, Optimizer> Create)> RosenbrockOptimizers { get; } =
    [
        ("SGD", lr => Optimizer.Sgd(lr)),
        ("SGD momentum 0.9", lr => Optimizer.Sgd(lr, momentum: 0.9)),
        ("RMSProp", lr => Optimizer.RmsProp(lr)),
        ("Adam", lr => Optimizer.Adam(lr)),
    ];

    /// <summary>
    /// An optimizer selector (buttons: SGD, momentum, RMSProp, Adam) at a shared learning-rate slider on the
    /// Rosenbrock valley: the path over the contours and the loss gap per step of the chosen pair.
    /// </summary>
    public static Figure OptimizersOnRosenbrock(int steps = 500)
    {
        if (steps is < 1 or > 2000) throw new ArgumentOutOfRangeException(nameof(steps), steps, "steps must be in [1, 2000].");
        var rosenbrock = Surface.Rosenbrock();
        double[] start = [-1.5, 2.0];
        var optimizers = new Parameter<int>("optimizer", Enumerable.Range(0, RosenbrockOptimizers.Count), i => RosenbrockOptimizers[i].Name, buttons: true, start: 3);
        var rates = new Parameter<double>("η", [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1], lr => F(lr), start: 2);
        return Explorable.Of(optimizers, rates, (i, lr) =>
        {
            var (name, create) = RosenbrockOptimizers[i];
            var run = Descent.Run(rosenbrock, create(lr), start, new RunOptions { Steps = steps });
            run = run with { Label = $"{name}, η = {F(lr)}: {(run.Status.Diverged ? run.Status.ToString() : $"final loss {F(run.FinalLoss)}")}" };
            return SideBySide.Of(Plots.Contour(rosenbrock, [run], levels: false), Plots.Loss(rosenbrock, run), "Optimizers on the Rosenbrock valley: choose one and its η");
        }, Levels(rosenbrock));
    }
}

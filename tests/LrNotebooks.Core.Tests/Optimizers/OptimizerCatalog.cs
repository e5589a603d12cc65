using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Core.Tests.Optimizers;

/// <summary>
/// One instance of every optimizer in each of its code paths (momentum, Nesterov, centered, AMSGrad, weight decay,
/// RAdam's switch ...), for the tests that must hold for all of them.
/// </summary>
internal static class OptimizerCatalog
{
    internal static readonly IReadOnlyDictionary<string, Optimizer> All = new Dictionary<string, Optimizer>
    {
        ["sgd"] = Optimizer.Sgd(0.01),
        ["sgd momentum dampening decay"] = Optimizer.Sgd(0.01, momentum: 0.9, dampening: 0.3, weightDecay: 0.1),
        ["sgd nesterov decay scheduled"] = Optimizer.Sgd(new GeometricTestSchedule(0.01, 0.99), momentum: 0.9, weightDecay: 0.1, nesterov: true),
        ["adagrad"] = Optimizer.Adagrad(0.1),
        ["adagrad all options"] = Optimizer.Adagrad(0.1, lrDecay: 0.01, weightDecay: 0.1, initialAccumulatorValue: 0.2, eps: 1e-6),
        ["rmsprop"] = Optimizer.RmsProp(0.01),
        ["rmsprop centered momentum decay"] = Optimizer.RmsProp(0.01, alpha: 0.9, weightDecay: 0.1, momentum: 0.5, centered: true),
        ["rmsprop momentum"] = Optimizer.RmsProp(0.01, momentum: 0.5),
        ["rmsprop centered"] = Optimizer.RmsProp(0.01, centered: true),
        ["adadelta"] = Optimizer.Adadelta(),
        ["adadelta decay"] = Optimizer.Adadelta(0.5, rho: 0.8, weightDecay: 0.1),
        ["adam"] = Optimizer.Adam(0.01),
        ["adam amsgrad decay"] = Optimizer.Adam(0.01, weightDecay: 0.1, amsgrad: true),
        ["adamw"] = Optimizer.AdamW(0.01),
        ["adamw amsgrad scheduled"] = Optimizer.AdamW(new GeometricTestSchedule(0.01, 0.99), weightDecay: 0.3, amsgrad: true),
        ["adamax decay"] = Optimizer.Adamax(0.01, weightDecay: 0.1),
        ["nadam decay"] = Optimizer.NAdam(0.01, weightDecay: 0.1, momentumDecay: 0.01),
        ["radam rectified"] = Optimizer.RAdam(0.01, beta2: 0.9, weightDecay: 0.1),
        ["radam"] = Optimizer.RAdam(0.01),
        ["lion"] = Optimizer.Lion(0.01),
        ["lion decay"] = Optimizer.Lion(0.01, beta1: 0.95, beta2: 0.98, weightDecay: 0.5),
    };

    public static TheoryData<string> Names => new(All.Keys);

    /// <summary>A deterministic gradient for a run on a vector: the gradient of Σ cᵢ pᵢ² / 2 plus a seeded perturbation.</summary>
    internal static void Gradient(ReadOnlySpan<double> p, Span<double> g, Random random)
    {
        for (int i = 0; i < p.Length; i++) g[i] = (1 + i % 7) * p[i] + 0.1 * (random.NextDouble() - 0.5);
    }

    /// <summary>A deterministic start point of length <paramref name="n"/>, with positive, negative and zero entries.</summary>
    internal static double[] Start(int n, int seed = 7)
    {
        var random = new Random(seed);
        var p = new double[n];
        for (int i = 0; i < n; i++) p[i] = i % 11 == 5 ? 0 : 4 * random.NextDouble() - 2;
        return p;
    }

    /// <summary>Runs <paramref name="steps"/> steps from <see cref="Start"/> and returns the final point and state.</summary>
    internal static (double[] Point, OptimizerState State) Run(Optimizer optimizer, int n, int steps, int seed = 7)
    {
        var random = new Random(seed);
        double[] p = Start(n, seed), g = new double[n];
        OptimizerState state = optimizer.CreateState(n);
        for (int t = 0; t < steps; t++)
        {
            Gradient(p, g, random);
            optimizer.Step(p, g, state);
        }
        return (p, state);
    }
}

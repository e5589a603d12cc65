using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Schedules;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Course;

/// <summary>
/// The noisy bowl of notebook 04 (fixed versus scheduled learning rates): f = a x² + b y² with gradient noise σ,
/// a sweep of fixed rates, and the 1/t schedule η₀/(1 + k t). The defaults are the notebook's settings; the
/// robustness tests change one at a time (seeds, grid, budget, noise).
/// </summary>
public sealed record NoisyBowlSettings
{
    /// <summary>Coefficient a of x² (curvature 2a), default 0.5.</summary>
    public double A { get; init; } = 0.5;

    /// <summary>Coefficient b of y² (curvature 2b), default 1.</summary>
    public double B { get; init; } = 1;

    /// <summary>The common start, default (−2.5, 2.5).</summary>
    public IReadOnlyList<double> Start { get; init; } = [-2.5, 2.5];

    /// <summary>Gradient noise σ, default 0.5.</summary>
    public double Sigma { get; init; } = 0.5;

    /// <summary>Steps per run (the budget), default 300.</summary>
    public int Steps { get; init; } = 300;

    /// <summary>Seeds per setting, default 64.</summary>
    public int Seeds { get; init; } = 64;

    /// <summary>The first noise seed, default 1.</summary>
    public int FirstSeed { get; init; } = 1;

    /// <summary>Smallest fixed rate of the sweep, default 0.003.</summary>
    public double SweepFrom { get; init; } = 0.003;

    /// <summary>Largest fixed rate of the sweep, default 0.9.</summary>
    public double SweepTo { get; init; } = 0.9;

    /// <summary>Fixed rates in the sweep (log-spaced), default 13.</summary>
    public int SweepCount { get; init; } = 13;

    /// <summary>Initial rate η₀ of the schedules, default 0.5.</summary>
    public double InitialRate { get; init; } = 0.5;

    /// <summary>Decay constant k of the 1/t schedule η₀/(1 + k t), default 0.5.</summary>
    public double DecayRate { get; init; } = 0.5;

    /// <summary>The bowl.</summary>
    public Quadratic Bowl => Surface.Quadratic(A, B);

    /// <summary>Steps, noise and first seed of every run.</summary>
    public RunOptions Options => new() { Steps = Steps, GradientNoise = Sigma, Seed = FirstSeed };

    /// <summary>The fixed rates of the sweep.</summary>
    public double[] FixedRates => Sweep.LogSpace(SweepFrom, SweepTo, SweepCount);

    /// <summary>The 1/t schedule η₀/(1 + k t) (PyTorch has no built-in name for it; Keras: <c>InverseTimeDecay</c>).</summary>
    public Schedule Decaying => Schedule.InverseTime(InitialRate, DecayRate);

    /// <summary>Plain SGD with <paramref name="schedule"/>, run once per seed.</summary>
    public SeedEnsemble Ensemble(Schedule schedule) => SeedEnsemble.Run(Bowl, Optimizer.Sgd(schedule), [.. Start], Options, Seeds);

    /// <summary>Every fixed rate of the sweep and the 1/t schedule, on the same seeds.</summary>
    public FixedVersusScheduled Comparison() =>
        FixedVersusScheduled.Run(Bowl, FixedRates, Decaying, lr => Optimizer.Sgd(lr), [.. Start], Options, Seeds);
}

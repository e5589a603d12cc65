namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Cyclical learning rate: a triangle wave between <c>baseLr</c> and <c>maxLr</c> that rises for
/// <c>stepSizeUp</c> steps and falls for <c>stepSizeDown</c> steps, with an amplitude scaled per policy:
/// <c>lr(t) = baseLr + (maxLr − baseLr) · h(t) · scale</c>, where <c>h</c> is the triangle (0 at each cycle
/// start, 1 at its peak) and <c>scale</c> is 1 (triangular), <c>1/2^(cycle−1)</c> (triangular2) or
/// <c>gamma^t</c> (exp_range).
/// </summary>
/// <remarks>
/// <para>
/// Paper: Smith 2017, "Cyclical Learning Rates for Training Neural Networks" (WACV; arXiv 1506.01186), which
/// suggests a half cycle of 2–10 epochs and finding the bounds with a learning-rate range test.
/// </para>
/// <para>
/// PyTorch: <c>torch.optim.lr_scheduler.CyclicLR(base_lr, max_lr, step_size_up, step_size_down, mode,
/// gamma)</c> with PyTorch's own arithmetic (values equal to 1e-12 relative); momentum cycling and custom
/// <c>scale_fn</c> are not provided. Keras: none (TensorFlow Addons had <c>CyclicalLearningRate</c>).
/// Optax: none.
/// </para>
/// </remarks>
public sealed record CyclicSchedule : Schedule
{
    /// <summary>Creates a cyclical schedule; prefer <see cref="Schedule.Cyclic"/>.</summary>
    /// <param name="baseLr">The lower bound and the rate at step 0, finite and &gt;= 0.</param>
    /// <param name="maxLr">The upper bound, finite and &gt;= <paramref name="baseLr"/>.</param>
    /// <param name="stepSizeUp">The number of rising steps per cycle, &gt;= 1.</param>
    /// <param name="stepSizeDown">The number of falling steps per cycle, &gt;= 1; <c>null</c> means <paramref name="stepSizeUp"/>.</param>
    /// <param name="mode">The amplitude policy.</param>
    /// <param name="gamma">The per-step amplitude factor of <see cref="CyclicMode.ExpRange"/>, in (0, 1] (checked for every mode).</param>
    public CyclicSchedule(double baseLr, double maxLr, int stepSizeUp = 2000, int? stepSizeDown = null,
        CyclicMode mode = CyclicMode.Triangular, double gamma = 1)
    {
        BaseLearningRate = Guard.NonNegative(baseLr);
        MaxLearningRate = Guard.AtLeast(maxLr, baseLr, nameof(baseLr));
        StepSizeUp = Guard.AtLeast(stepSizeUp, 1);
        StepSizeDown = stepSizeDown is int down ? Guard.AtLeast(down, 1, nameof(stepSizeDown)) : stepSizeUp;
        Mode = Guard.Defined(mode);
        Gamma = Guard.InRange(gamma, 0, 1, minInclusive: false);
    }

    /// <summary>The lower bound of the cycle.</summary>
    public double BaseLearningRate { get; }

    /// <summary>The upper bound of the cycle (reached only while the amplitude scale is 1).</summary>
    public double MaxLearningRate { get; }

    /// <summary>The number of rising steps per cycle.</summary>
    public int StepSizeUp { get; }

    /// <summary>The number of falling steps per cycle.</summary>
    public int StepSizeDown { get; }

    /// <summary>The amplitude policy.</summary>
    public CyclicMode Mode { get; }

    /// <summary>The per-step amplitude factor used by <see cref="CyclicMode.ExpRange"/>.</summary>
    public double Gamma { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        // Same arithmetic as PyTorch's get_lr.
        double totalSize = (double)StepSizeUp + StepSizeDown;
        double stepRatio = StepSizeUp / totalSize;
        double cycle = Math.Floor(1 + step / totalSize);
        double x = 1.0 + step / totalSize - cycle;
        double scaleFactor = x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1);
        double baseHeight = (MaxLearningRate - BaseLearningRate) * scaleFactor;
        double amplitude = Mode switch
        {
            CyclicMode.Triangular => 1.0,
            CyclicMode.Triangular2 => 1 / Math.Pow(2.0, cycle - 1),
            _ => Math.Pow(Gamma, step),
        };
        return BaseLearningRate + baseHeight * amplitude;
    }

    /// <inheritdoc />
    public override string Name =>
        $"cyclic({ScheduleText.Short(BaseLearningRate)}..{ScheduleText.Short(MaxLearningRate)}, up={StepSizeUp}, down={StepSizeDown}, {ModeName}{(Mode == CyclicMode.ExpRange ? $", gamma={ScheduleText.Short(Gamma)}" : "")})";

    private string ModeName => Mode switch
    {
        CyclicMode.Triangular => "triangular",
        CyclicMode.Triangular2 => "triangular2",
        _ => "exp_range",
    };
}

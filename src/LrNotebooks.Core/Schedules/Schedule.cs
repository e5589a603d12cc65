namespace LrNotebooks.Core.Schedules;

/// <summary>
/// A learning-rate schedule: a pure function from a 0-based optimizer step to a learning rate
/// (Optax's <c>schedule(count)</c>). It has no hidden state, so it can be evaluated at any step, in any
/// order, e.g. to preview it before training.
/// </summary>
/// <remarks>
/// Semantics: <c>At(t)</c> is the learning rate PyTorch 1.13 uses for the (t+1)-th optimizer step,
/// i.e. after t calls of <c>scheduler.step()</c>.
/// </remarks>
public abstract record Schedule
{
    /// <summary>The learning rate for the 0-based step <paramref name="step"/> (step &gt;= 0).</summary>
    public abstract double At(int step);

    /// <summary>A short human-readable label with the key parameters, e.g. <c>cosine(lr=0.1, T_max=100)</c>; used as a chart legend.</summary>
    public abstract string Name { get; }

    /// <summary>The values at steps 0 .. <paramref name="steps"/> - 1.</summary>
    public double[] Preview(int steps)
    {
        Guard.AtLeast(steps, 0);
        var values = new double[steps];
        for (int t = 0; t < steps; t++) values[t] = At(t);
        return values;
    }

    /// <summary>A bare number is a constant schedule, so <c>Optimizer.Sgd(0.1)</c> reads naturally.</summary>
    public static implicit operator Schedule(double learningRate) => new ConstantSchedule(learningRate);

    /// <summary>A constant rate, <c>lr(t) = lr</c>. See <see cref="ConstantSchedule"/>.</summary>
    /// <param name="lr">The learning rate, finite and &gt;= 0.</param>
    public static ConstantSchedule Constant(double lr) => new(Guard.NonNegative(lr)); // validated here too, so errors name 'lr'

    /// <summary>Step decay, <c>lr · gamma^⌊t / stepSize⌋</c> (PyTorch <c>StepLR</c>). See <see cref="StepSchedule"/>.</summary>
    /// <param name="lr">The initial learning rate, finite and &gt;= 0.</param>
    /// <param name="stepSize">The number of steps between two decays, &gt;= 1.</param>
    /// <param name="gamma">The decay factor, in (0, 1].</param>
    public static StepSchedule Step(double lr, int stepSize, double gamma = 0.1) => new(lr, stepSize, gamma);

    /// <summary>Multi-step decay, <c>lr · gamma^(milestones reached)</c> (PyTorch <c>MultiStepLR</c>). See <see cref="MultiStepSchedule"/>.</summary>
    /// <param name="lr">The initial learning rate, finite and &gt;= 0.</param>
    /// <param name="milestones">The steps at which the rate drops: strictly increasing, each &gt;= 0.</param>
    /// <param name="gamma">The decay factor, in (0, 1].</param>
    public static MultiStepSchedule MultiStep(double lr, int[] milestones, double gamma = 0.1) => new(lr, milestones, gamma);

    /// <summary>Exponential decay, <c>lr · gamma^t</c> (PyTorch <c>ExponentialLR</c>). See <see cref="ExponentialSchedule"/>.</summary>
    /// <param name="lr">The initial learning rate, finite and &gt;= 0.</param>
    /// <param name="gamma">The factor per step, in (0, 1].</param>
    public static ExponentialSchedule Exponential(double lr, double gamma) => new(lr, gamma);

    /// <summary>Cosine annealing, <c>minLr + (lr − minLr)(1 + cos(π t / tMax))/2</c> (PyTorch <c>CosineAnnealingLR</c>). See <see cref="CosineSchedule"/>.</summary>
    /// <param name="lr">The initial (maximum) learning rate, finite and &gt;= 0.</param>
    /// <param name="tMax">The number of steps from <paramref name="lr"/> to <paramref name="minLr"/>, &gt;= 1.</param>
    /// <param name="minLr">The minimum learning rate, in [0, <paramref name="lr"/>].</param>
    public static CosineSchedule Cosine(double lr, int tMax, double minLr = 0) => new(lr, tMax, minLr);

    /// <summary>Cosine annealing with warm restarts, SGDR (PyTorch <c>CosineAnnealingWarmRestarts</c>). See <see cref="CosineWarmRestartsSchedule"/>.</summary>
    /// <param name="lr">The learning rate at each restart, finite and &gt;= 0.</param>
    /// <param name="t0">The length of the first cycle in steps, &gt;= 1.</param>
    /// <param name="tMult">The growth factor of the cycle length, an integer &gt;= 1.</param>
    /// <param name="minLr">The minimum learning rate, in [0, <paramref name="lr"/>].</param>
    public static CosineWarmRestartsSchedule CosineWarmRestarts(double lr, int t0, int tMult = 1, double minLr = 0) =>
        new(lr, t0, tMult, minLr);

    /// <summary>Linear ramp of the factor from <paramref name="startFactor"/> to <paramref name="endFactor"/>, e.g. a warm-up (PyTorch <c>LinearLR</c>). See <see cref="LinearSchedule"/>.</summary>
    /// <param name="lr">The base learning rate the factors multiply, finite and &gt;= 0.</param>
    /// <param name="startFactor">The factor at step 0, in [0, 1] (0 is allowed, unlike in PyTorch 1.13).</param>
    /// <param name="endFactor">The factor from step <paramref name="totalSteps"/> on, in [0, 1].</param>
    /// <param name="totalSteps">The length of the ramp in steps, &gt;= 1.</param>
    public static LinearSchedule Linear(double lr, double startFactor = 1.0 / 3, double endFactor = 1, int totalSteps = 5) =>
        new(lr, startFactor, endFactor, totalSteps);

    /// <summary>Constant-factor warm-up, <c>lr · factor</c> for <paramref name="totalSteps"/> steps then <c>lr</c> (PyTorch <c>ConstantLR</c>). See <see cref="ConstantWarmupSchedule"/>.</summary>
    /// <param name="lr">The learning rate after the warm-up, finite and &gt;= 0.</param>
    /// <param name="factor">The factor during the warm-up, in [0, 1].</param>
    /// <param name="totalSteps">The length of the warm-up in steps, &gt;= 1.</param>
    public static ConstantWarmupSchedule ConstantWarmup(double lr, double factor = 1.0 / 3, int totalSteps = 5) =>
        new(lr, factor, totalSteps);

    /// <summary>Polynomial decay, <c>(lr − endLr)(1 − min(t, T)/T)^power + endLr</c> (PyTorch <c>PolynomialLR</c>, Keras <c>PolynomialDecay</c>). See <see cref="PolynomialSchedule"/>.</summary>
    /// <param name="lr">The learning rate at step 0, finite and &gt;= 0.</param>
    /// <param name="totalSteps">The number of steps of the decay, &gt;= 1.</param>
    /// <param name="power">The exponent of the polynomial, finite and &gt; 0.</param>
    /// <param name="endLr">The learning rate from <paramref name="totalSteps"/> on, in [0, <paramref name="lr"/>] (PyTorch: 0).</param>
    public static PolynomialSchedule Polynomial(double lr, int totalSteps, double power = 1, double endLr = 0) =>
        new(lr, totalSteps, power, endLr);

    /// <summary>Inverse-time decay, <c>lr / (1 + decayRate · t / decaySteps)</c> (Keras <c>InverseTimeDecay</c>). See <see cref="InverseTimeSchedule"/>.</summary>
    /// <param name="lr">The learning rate at step 0, finite and &gt;= 0.</param>
    /// <param name="decayRate">The rate of decay per <paramref name="decaySteps"/> steps, finite and &gt;= 0.</param>
    /// <param name="decaySteps">The time unit of the decay in steps, &gt;= 1.</param>
    /// <param name="staircase">Decay in whole units of <paramref name="decaySteps"/>.</param>
    public static InverseTimeSchedule InverseTime(double lr, double decayRate, int decaySteps = 1, bool staircase = false) =>
        new(lr, decayRate, decaySteps, staircase);

    /// <summary>Linear warm-up then inverse-square-root decay, <c>lr · min(t / w, sqrt(w / t))</c> (Vaswani et al. 2017; fairseq <c>inverse_sqrt</c>). See <see cref="InverseSqrtSchedule"/>.</summary>
    /// <param name="lr">The peak learning rate, reached at step <paramref name="warmupSteps"/>, finite and &gt;= 0.</param>
    /// <param name="warmupSteps">The length of the linear warm-up in steps, &gt;= 1.</param>
    public static InverseSqrtSchedule InverseSqrt(double lr, int warmupSteps) => new(lr, warmupSteps);

    /// <summary>The one-cycle policy (PyTorch <c>OneCycleLR</c>; Smith &amp; Topin 2019). See <see cref="OneCycleSchedule"/>.</summary>
    /// <param name="maxLr">The peak learning rate, finite and &gt; 0.</param>
    /// <param name="totalSteps">The length of the cycle in steps, &gt;= 1.</param>
    /// <param name="pctStart">The fraction of the cycle spent warming up, in (0, 1); in (0, 0.5] when <paramref name="threePhase"/>.</param>
    /// <param name="divFactor">The initial rate is <c>maxLr / divFactor</c>; finite and &gt;= 1.</param>
    /// <param name="finalDivFactor">The final rate is <c>maxLr / (divFactor · finalDivFactor)</c>; finite and &gt;= 1.</param>
    /// <param name="anneal">Cosine or linear interpolation within each phase.</param>
    /// <param name="threePhase">Use the paper's three phases instead of fastai's two.</param>
    public static OneCycleSchedule OneCycle(double maxLr, int totalSteps, double pctStart = 0.3, double divFactor = 25,
        double finalDivFactor = 1e4, OneCycleAnneal anneal = OneCycleAnneal.Cos, bool threePhase = false) =>
        new(maxLr, totalSteps, pctStart, divFactor, finalDivFactor, anneal, threePhase);

    /// <summary>Cyclical learning rate between <paramref name="baseLr"/> and <paramref name="maxLr"/> (PyTorch <c>CyclicLR</c>; Smith 2017). See <see cref="CyclicSchedule"/>.</summary>
    /// <param name="baseLr">The lower bound and the rate at step 0, finite and &gt;= 0.</param>
    /// <param name="maxLr">The upper bound, finite and &gt;= <paramref name="baseLr"/>.</param>
    /// <param name="stepSizeUp">The number of rising steps per cycle, &gt;= 1.</param>
    /// <param name="stepSizeDown">The number of falling steps per cycle, &gt;= 1; <c>null</c> means <paramref name="stepSizeUp"/>.</param>
    /// <param name="mode">The amplitude policy.</param>
    /// <param name="gamma">The per-step amplitude factor of <see cref="CyclicMode.ExpRange"/>, in (0, 1].</param>
    public static CyclicSchedule Cyclic(double baseLr, double maxLr, int stepSizeUp = 2000, int? stepSizeDown = null,
        CyclicMode mode = CyclicMode.Triangular, double gamma = 1) =>
        new(baseLr, maxLr, stepSizeUp, stepSizeDown, mode, gamma);

    /// <summary>
    /// Warmup-stable-decay: linear warm-up, constant <paramref name="lr"/>, then a cool-down of
    /// <paramref name="cooldownSteps"/> steps to <paramref name="minLr"/> at <paramref name="totalSteps"/>
    /// (Hu et al. 2024, MiniCPM; Hägele et al. 2024). See <see cref="WarmupStableDecaySchedule"/>.
    /// </summary>
    /// <param name="lr">The stable (peak) learning rate, finite and &gt;= 0.</param>
    /// <param name="totalSteps">The budget <c>T</c>: the step at which the cool-down reaches <paramref name="minLr"/>, &gt;= 1.</param>
    /// <param name="cooldownSteps">The length <c>c</c> of the cool-down, in [1, <paramref name="totalSteps"/> − <paramref name="warmupSteps"/>].</param>
    /// <param name="warmupSteps">The length <c>w</c> of the linear warm-up, &gt;= 0 (0 = none).</param>
    /// <param name="shape">The shape of the cool-down: linear, 1 − sqrt (the default) or cosine.</param>
    /// <param name="minLr">The rate at the end of the cool-down, in [0, <paramref name="lr"/>].</param>
    /// <param name="warmupStartFactor">The factor of <paramref name="lr"/> at step 0 of the warm-up, in [0, 1].</param>
    public static WarmupStableDecaySchedule WarmupStableDecay(double lr, int totalSteps, int cooldownSteps, int warmupSteps = 0,
        CooldownShape shape = CooldownShape.OneMinusSqrt, double minLr = 0, double warmupStartFactor = 0) =>
        new(lr, totalSteps, cooldownSteps, warmupSteps, shape, minLr, warmupStartFactor);

    /// <summary>
    /// Schedules one after another, each restarted at its own step 0 when its milestone is reached
    /// (PyTorch <c>SequentialLR</c>, Optax <c>join_schedules</c>). See <see cref="SequenceSchedule"/>.
    /// </summary>
    /// <param name="schedules">The schedules in order, at least one, none null.</param>
    /// <param name="milestones">The steps at which the next schedule takes over: one fewer than <paramref name="schedules"/>, strictly increasing, each &gt;= 1.</param>
    public static SequenceSchedule Sequence(Schedule[] schedules, int[] milestones) => new(schedules, milestones);

    /// <summary>Validates a step argument.</summary>
    protected static void CheckStep(int step)
    {
        if (step < 0)
            throw new ArgumentOutOfRangeException(nameof(step), step, $"step must be an integer >= 0, but was {step}.");
    }
}

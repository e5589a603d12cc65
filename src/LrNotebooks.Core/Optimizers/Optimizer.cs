using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// A gradient optimizer in the Optax style: an immutable description of the update rule
/// (hyper-parameters and a learning-rate <see cref="Schedule"/>), with the per-parameter state held
/// explicitly in an <see cref="OptimizerState"/> made by <see cref="CreateState"/>.
/// </summary>
/// <remarks>
/// Bookkeeping (validation, reading the schedule, counting steps) lives here; the math of one update
/// lives in <see cref="Update"/> of each optimizer, as one fused pass over the parameter span.
/// </remarks>
public abstract record Optimizer
{
    /// <summary>Creates an optimizer that reads its learning rate from <paramref name="learningRate"/> at every step.</summary>
    protected Optimizer(Schedule learningRate) => LearningRate = learningRate ?? throw new ArgumentNullException(nameof(learningRate));

    /// <summary>
    /// SGD with optional momentum (Polyak 1964), Nesterov momentum (Sutskever et al. 2013), dampening and L2 weight decay;
    /// <c>torch.optim.SGD</c>. See <see cref="Optimizers.Sgd"/> for the update formula.
    /// </summary>
    /// <param name="learningRate">The learning rate η or its schedule (a number converts to a constant schedule).</param>
    /// <param name="momentum">Momentum μ in [0, 1); 0 = plain gradient descent.</param>
    /// <param name="dampening">Dampening τ in [0, 1].</param>
    /// <param name="weightDecay">L2 weight decay λ &gt;= 0.</param>
    /// <param name="nesterov">Nesterov momentum; requires momentum &gt; 0 and dampening = 0.</param>
    public static Sgd Sgd(Schedule learningRate, double momentum = 0, double dampening = 0, double weightDecay = 0, bool nesterov = false) =>
        new(learningRate, momentum, dampening, weightDecay, nesterov);

    /// <summary>Adagrad (Duchi et al. 2011); <c>torch.optim.Adagrad</c>. See <see cref="Optimizers.Adagrad"/> for the update formula.</summary>
    /// <param name="learningRate">The learning rate η or its schedule; null = 0.01 (PyTorch's default).</param>
    /// <param name="lrDecay">Learning-rate decay &gt;= 0: step t uses η / (1 + (t − 1)·lrDecay).</param>
    /// <param name="weightDecay">L2 weight decay λ &gt;= 0.</param>
    /// <param name="initialAccumulatorValue">Starting value &gt;= 0 of the squared-gradient sum.</param>
    /// <param name="eps">ε &gt;= 0 added to the root.</param>
    public static Adagrad Adagrad(Schedule? learningRate = null, double lrDecay = 0, double weightDecay = 0, double initialAccumulatorValue = 0,
        double eps = 1e-10) =>
        new(learningRate ?? 0.01, lrDecay, weightDecay, initialAccumulatorValue, eps);

    /// <summary>RMSprop (Tieleman &amp; Hinton 2012), optionally centered and with momentum; <c>torch.optim.RMSprop</c>.
    /// See <see cref="Optimizers.RmsProp"/> for the update formula.</summary>
    /// <param name="learningRate">The learning rate η or its schedule; null = 0.01 (PyTorch's default).</param>
    /// <param name="alpha">Smoothing constant α in [0, 1] of the squared-gradient average.</param>
    /// <param name="eps">ε &gt;= 0 added to the root.</param>
    /// <param name="weightDecay">L2 weight decay λ &gt;= 0.</param>
    /// <param name="momentum">Momentum μ in [0, 1); 0 = none.</param>
    /// <param name="centered">Normalize by the estimated variance instead of the raw second moment.</param>
    public static RmsProp RmsProp(Schedule? learningRate = null, double alpha = 0.99, double eps = 1e-8, double weightDecay = 0,
        double momentum = 0, bool centered = false) =>
        new(learningRate ?? 0.01, alpha, eps, weightDecay, momentum, centered);

    /// <summary>Adadelta (Zeiler 2012); <c>torch.optim.Adadelta</c>. See <see cref="Optimizers.Adadelta"/> for the update formula.</summary>
    /// <param name="learningRate">The learning rate η (a multiplier of Adadelta's own step) or its schedule; null = 1.0 (PyTorch's default).</param>
    /// <param name="rho">Decay ρ in [0, 1] of both running averages.</param>
    /// <param name="eps">ε &gt;= 0 inside both roots.</param>
    /// <param name="weightDecay">L2 weight decay λ &gt;= 0.</param>
    public static Adadelta Adadelta(Schedule? learningRate = null, double rho = 0.9, double eps = 1e-6, double weightDecay = 0) =>
        new(learningRate ?? 1.0, rho, eps, weightDecay);

    /// <summary>Adam (Kingma &amp; Ba 2015) with L2 weight decay and AMSGrad; <c>torch.optim.Adam</c>.
    /// See <see cref="Optimizers.Adam"/> for the update formula.</summary>
    /// <param name="learningRate">The learning rate η or its schedule; null = 0.001 (PyTorch's default).</param>
    /// <param name="beta1">Decay β₁ in [0, 1) of the first moment.</param>
    /// <param name="beta2">Decay β₂ in [0, 1) of the second moment.</param>
    /// <param name="eps">ε &gt;= 0 added to the root.</param>
    /// <param name="weightDecay">L2 weight decay λ &gt;= 0 (added to the gradient).</param>
    /// <param name="amsgrad">Normalize by the running maximum of the second moment.</param>
    public static Adam Adam(Schedule? learningRate = null, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0,
        bool amsgrad = false) =>
        new(learningRate ?? 0.001, beta1, beta2, eps, weightDecay, amsgrad);

    /// <summary>AdamW (Loshchilov &amp; Hutter 2019): Adam with decoupled weight decay; <c>torch.optim.AdamW</c>.
    /// See <see cref="Optimizers.AdamW"/> for the update formula.</summary>
    /// <param name="learningRate">The learning rate η or its schedule; null = 0.001 (PyTorch's default).</param>
    /// <param name="beta1">Decay β₁ in [0, 1) of the first moment.</param>
    /// <param name="beta2">Decay β₂ in [0, 1) of the second moment.</param>
    /// <param name="eps">ε &gt;= 0 added to the root.</param>
    /// <param name="weightDecay">Decoupled weight decay λ &gt;= 0 (p shrinks by the factor 1 − η·λ each step).</param>
    /// <param name="amsgrad">Normalize by the running maximum of the second moment.</param>
    public static AdamW AdamW(Schedule? learningRate = null, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0.01,
        bool amsgrad = false) =>
        new(learningRate ?? 0.001, beta1, beta2, eps, weightDecay, amsgrad);

    /// <summary>Adamax (Kingma &amp; Ba 2015, infinity-norm Adam); <c>torch.optim.Adamax</c>.
    /// See <see cref="Optimizers.Adamax"/> for the update formula.</summary>
    /// <param name="learningRate">The learning rate η or its schedule; null = 0.002 (PyTorch's default).</param>
    /// <param name="beta1">Decay β₁ in [0, 1) of the first moment.</param>
    /// <param name="beta2">Decay β₂ in [0, 1) of the infinity norm.</param>
    /// <param name="eps">ε &gt;= 0 added to |g| inside the max.</param>
    /// <param name="weightDecay">L2 weight decay λ &gt;= 0.</param>
    public static Adamax Adamax(Schedule? learningRate = null, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0) =>
        new(learningRate ?? 0.002, beta1, beta2, eps, weightDecay);

    /// <summary>NAdam (Dozat 2016, Nesterov-accelerated Adam); <c>torch.optim.NAdam</c>.
    /// See <see cref="Optimizers.NAdam"/> for the update formula.</summary>
    /// <param name="learningRate">The learning rate η or its schedule; null = 0.002 (PyTorch's default).</param>
    /// <param name="beta1">Decay β₁ in [0, 1) of the first moment.</param>
    /// <param name="beta2">Decay β₂ in [0, 1) of the second moment.</param>
    /// <param name="eps">ε &gt;= 0 added to the root.</param>
    /// <param name="weightDecay">L2 weight decay λ &gt;= 0.</param>
    /// <param name="momentumDecay">Momentum decay ψ &gt;= 0 of the warm-up schedule μₜ.</param>
    public static NAdam NAdam(Schedule? learningRate = null, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0,
        double momentumDecay = 0.004) =>
        new(learningRate ?? 0.002, beta1, beta2, eps, weightDecay, momentumDecay);

    /// <summary>RAdam (Liu et al. 2020, rectified Adam); <c>torch.optim.RAdam</c>. See <see cref="Optimizers.RAdam"/> for the update formula.</summary>
    /// <param name="learningRate">The learning rate η or its schedule; null = 0.001 (PyTorch's default).</param>
    /// <param name="beta1">Decay β₁ in [0, 1) of the first moment.</param>
    /// <param name="beta2">Decay β₂ in [0, 1) of the second moment.</param>
    /// <param name="eps">ε &gt;= 0 added to the root.</param>
    /// <param name="weightDecay">L2 weight decay λ &gt;= 0.</param>
    public static RAdam RAdam(Schedule? learningRate = null, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weightDecay = 0) =>
        new(learningRate ?? 0.001, beta1, beta2, eps, weightDecay);

    /// <summary>Lion (Chen et al. 2023, sign momentum); <c>optax.lion</c>. See <see cref="Optimizers.Lion"/> for the update formula.</summary>
    /// <param name="learningRate">The learning rate η or its schedule; null = 1e-4 (Optax's default).</param>
    /// <param name="beta1">Interpolation β₁ in [0, 1] between gradient and momentum inside the sign.</param>
    /// <param name="beta2">Decay β₂ in [0, 1) of the stored momentum.</param>
    /// <param name="weightDecay">Decoupled weight decay λ &gt;= 0.</param>
    public static Lion Lion(Schedule? learningRate = null, double beta1 = 0.9, double beta2 = 0.99, double weightDecay = 0) =>
        new(learningRate ?? 1e-4, beta1, beta2, weightDecay);

    /// <summary>
    /// Schedule-free SGD (Defazio et al. 2024, "The Road Less Scheduled"; reference <c>schedulefree.SGDScheduleFree</c>):
    /// SGD on z at a constant rate, the average x as the result, gradients at y = (1 − β)·z + β·x.
    /// See <see cref="Optimizers.ScheduleFreeSgd"/> and <see cref="ScheduleFreeOptimizer"/>.
    /// </summary>
    /// <param name="learningRate">The rate γ or its schedule (usually constant: the point is to need no decay); null = 1.0 (the reference's default).</param>
    /// <param name="momentum">The interpolation β in [0, 1] (0: Polyak–Ruppert averaging of SGD, 1: primal averaging).</param>
    /// <param name="weightDecay">Weight decay λ &gt;= 0 taken at y.</param>
    /// <param name="warmupSteps">Built-in linear warm-up, &gt;= 0: step t uses min(1, (t + 1)/warmupSteps) of the rate.</param>
    /// <param name="r">Polynomial weighting power r &gt;= 0 of the average.</param>
    /// <param name="weightLrPower">Power p &gt;= 0 of the largest rate so far in the averaging weight.</param>
    public static ScheduleFreeSgd ScheduleFreeSgd(Schedule? learningRate = null, double momentum = 0.9, double weightDecay = 0, int warmupSteps = 0,
        double r = 0, double weightLrPower = 2) =>
        new(learningRate ?? 1.0, momentum, weightDecay, warmupSteps, r, weightLrPower);

    /// <summary>
    /// Schedule-free AdamW (Defazio et al. 2024, Algorithm 1; reference <c>schedulefree.AdamWScheduleFree</c>):
    /// Adam's normalized step on z, the average x as the result, gradients at y = (1 − β₁)·z + β₁·x.
    /// See <see cref="Optimizers.ScheduleFreeAdamW"/> and <see cref="ScheduleFreeOptimizer"/>.
    /// </summary>
    /// <param name="learningRate">The rate γ or its schedule; null = 0.0025 (the reference's default).</param>
    /// <param name="beta1">The interpolation β₁ in [0, 1].</param>
    /// <param name="beta2">Decay β₂ in [0, 1) of the second moment.</param>
    /// <param name="eps">ε &gt;= 0 added to the root.</param>
    /// <param name="weightDecay">Decoupled weight decay λ &gt;= 0 taken at y.</param>
    /// <param name="warmupSteps">Built-in linear warm-up, &gt;= 0: step t uses min(1, (t + 1)/warmupSteps) of the rate.</param>
    /// <param name="r">Polynomial weighting power r &gt;= 0 of the average.</param>
    /// <param name="weightLrPower">Power p &gt;= 0 of the largest rate so far in the averaging weight.</param>
    public static ScheduleFreeAdamW ScheduleFreeAdamW(Schedule? learningRate = null, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8,
        double weightDecay = 0, int warmupSteps = 0, double r = 0, double weightLrPower = 2) =>
        new(learningRate ?? 0.0025, beta1, beta2, eps, weightDecay, warmupSteps, r, weightLrPower);

    /// <summary>The learning-rate schedule, evaluated at the 0-based step count before every update.</summary>
    public Schedule LearningRate { get; }

    /// <summary>A short label with the key hyper-parameters, e.g. <c>Adam(lr=0.01)</c>; used as a chart legend.</summary>
    public abstract string Name { get; }

    /// <summary>Makes a fresh state (step 0, zeroed buffers) for <paramref name="parameterCount"/> parameters.</summary>
    public OptimizerState CreateState(int parameterCount)
    {
        Guard.AtLeast(parameterCount, 1);
        var state = new OptimizerState(this, parameterCount, BufferCount, ScalarCount);
        InitializeState(state);
        return state;
    }

    /// <summary>
    /// Performs one update in place: reads <c>lr = LearningRate.At(state.Step)</c>, updates
    /// <paramref name="parameters"/> from <paramref name="gradient"/>, then advances <c>state.Step</c>.
    /// </summary>
    public void Step(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!ReferenceEquals(state.Owner, this) && state.Owner != this)
            throw new ArgumentException($"state was created by {state.Owner.Name}, not by {Name}; create it with this optimizer's CreateState.", nameof(state));
        Guard.SameLength(state.ParameterCount, parameters.Length, nameof(parameters));
        Guard.SameLength(state.ParameterCount, gradient.Length, nameof(gradient));
        double learningRate = LearningRate.At(state.Step);
        if (!double.IsFinite(learningRate) || learningRate < 0)
            throw new InvalidOperationException(
                $"{LearningRate.Name} returned the learning rate {learningRate} for step {state.Step}; a learning rate must be a finite number >= 0.");
        Update(parameters, gradient, state, learningRate);
        state.LastLearningRate = learningRate;
        state.Step++;
    }

    /// <summary>
    /// Writes the effective per-parameter step size of the most recent step into <paramref name="destination"/>:
    /// the factor the optimizer multiplied each (first-moment) gradient component by. For plain SGD it is the
    /// learning rate for every component; for adaptive optimizers it differs per parameter. Before the first
    /// step it is the value the first step would use with a zero history.
    /// </summary>
    public void EffectiveStepSize(OptimizerState state, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(state);
        Guard.SameLength(state.ParameterCount, destination.Length, nameof(destination));
        double learningRate = state.Step == 0 ? LearningRate.At(0) : state.LastLearningRate;
        ComputeEffectiveStepSize(state, learningRate, destination);
    }

    /// <summary>How many per-parameter buffers (moments, accumulators) the state needs.</summary>
    protected abstract int BufferCount { get; }

    /// <summary>How many shared scalars (<see cref="OptimizerState.Scalars"/>) the state needs; 0 unless overridden.</summary>
    protected virtual int ScalarCount => 0;

    /// <summary>Sets the initial buffer and scalar values of a fresh state (zero unless overridden).</summary>
    protected virtual void InitializeState(OptimizerState state)
    {
    }

    /// <summary>The update rule: one fused pass over the span, no allocation. <c>state.Step</c> is the number of steps already taken.</summary>
    protected abstract void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate);

    /// <summary>The effective step size of the most recent step, given the learning rate it used.</summary>
    protected abstract void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination);
}

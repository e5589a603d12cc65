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

    /// <summary>The learning-rate schedule, evaluated at the 0-based step count before every update.</summary>
    public Schedule LearningRate { get; }

    /// <summary>A short label with the key hyper-parameters, e.g. <c>Adam(lr=0.01)</c>; used as a chart legend.</summary>
    public abstract string Name { get; }

    /// <summary>Makes a fresh state (step 0, zeroed buffers) for <paramref name="parameterCount"/> parameters.</summary>
    public OptimizerState CreateState(int parameterCount)
    {
        Guard.AtLeast(parameterCount, 1);
        return new OptimizerState(this, parameterCount, BufferCount);
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

    /// <summary>The update rule: one fused pass over the span, no allocation. <c>state.Step</c> is the number of steps already taken.</summary>
    protected abstract void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate);

    /// <summary>The effective step size of the most recent step, given the learning rate it used.</summary>
    protected abstract void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination);
}

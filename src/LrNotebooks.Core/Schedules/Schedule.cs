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

    /// <summary>Validates a step argument.</summary>
    protected static void CheckStep(int step)
    {
        if (step < 0)
            throw new ArgumentOutOfRangeException(nameof(step), step, $"step must be an integer >= 0, but was {step}.");
    }
}

namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Inverse-time decay: <c>lr(t) = lr / (1 + decayRate · t / decaySteps)</c>, or with
/// <c>staircase</c> <c>lr / (1 + decayRate · ⌊t / decaySteps⌋)</c>.
/// </summary>
/// <remarks>
/// <para>
/// The classic <c>1/t</c> step size of stochastic approximation (Robbins &amp; Monro 1951): its sum diverges
/// while the sum of its squares converges, so SGD converges on convex problems; it decays slowly, like
/// <c>lr·decaySteps/(decayRate·t)</c> for large <c>t</c>.
/// </para>
/// <para>
/// Keras: <c>tf.keras.optimizers.schedules.InverseTimeDecay(initial_learning_rate, decay_steps, decay_rate,
/// staircase)</c>, same formula (Keras evaluates in float32, this in float64).
/// PyTorch: no scheduler (a <c>LambdaLR</c> with <c>1/(1 + r·t/k)</c>). Optax: none.
/// </para>
/// </remarks>
public sealed record InverseTimeSchedule : Schedule
{
    /// <summary>Creates an inverse-time decay; prefer <see cref="Schedule.InverseTime"/>.</summary>
    /// <param name="lr">The learning rate at step 0, finite and &gt;= 0.</param>
    /// <param name="decayRate">The rate of decay per <paramref name="decaySteps"/> steps, finite and &gt;= 0.</param>
    /// <param name="decaySteps">The time unit of the decay in steps, &gt;= 1.</param>
    /// <param name="staircase">Decay in whole units of <paramref name="decaySteps"/> (a step function) instead of continuously.</param>
    public InverseTimeSchedule(double lr, double decayRate, int decaySteps = 1, bool staircase = false)
    {
        LearningRate = Guard.NonNegative(lr);
        DecayRate = Guard.NonNegative(decayRate);
        DecaySteps = Guard.AtLeast(decaySteps, 1);
        Staircase = staircase;
    }

    /// <summary>The learning rate at step 0.</summary>
    public double LearningRate { get; }

    /// <summary>The decay rate per <see cref="DecaySteps"/> steps.</summary>
    public double DecayRate { get; }

    /// <summary>The time unit of the decay in steps.</summary>
    public int DecaySteps { get; }

    /// <summary>Whether the decay happens in whole units of <see cref="DecaySteps"/>.</summary>
    public bool Staircase { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        double elapsed = Staircase ? step / DecaySteps : (double)step / DecaySteps;
        return LearningRate / (1 + DecayRate * elapsed);
    }

    /// <inheritdoc />
    public override string Name =>
        $"inverse-time(lr={ScheduleText.Short(LearningRate)}, rate={ScheduleText.Short(DecayRate)}, steps={DecaySteps}{(Staircase ? ", staircase" : "")})";
}

namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Exponential decay: <c>lr(t) = lr · gamma^t</c>. For large <c>t</c> the value underflows smoothly to 0.
/// </summary>
/// <remarks>
/// PyTorch: <c>torch.optim.lr_scheduler.ExponentialLR(gamma)</c> (PyTorch multiplies by gamma once per
/// step; the closed form here equals it to 1e-12 relative).
/// Keras: <c>ExponentialDecay(lr, decay_steps=k, decay_rate=r)</c> is this with <c>gamma = r^(1/k)</c>.
/// Optax: <c>exponential_decay(lr, transition_steps=k, decay_rate=r)</c>, likewise.
/// </remarks>
public sealed record ExponentialSchedule : Schedule
{
    /// <summary>Creates an exponential decay schedule; prefer <see cref="Schedule.Exponential"/>.</summary>
    /// <param name="lr">The initial learning rate, finite and &gt;= 0.</param>
    /// <param name="gamma">The factor per step, in (0, 1].</param>
    public ExponentialSchedule(double lr, double gamma)
    {
        LearningRate = Guard.NonNegative(lr);
        Gamma = Guard.InRange(gamma, 0, 1, minInclusive: false);
    }

    /// <summary>The learning rate at step 0.</summary>
    public double LearningRate { get; }

    /// <summary>The factor applied at every step.</summary>
    public double Gamma { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        return LearningRate * Math.Pow(Gamma, step);
    }

    /// <inheritdoc />
    public override string Name =>
        $"exponential(lr={ScheduleText.Short(LearningRate)}, gamma={ScheduleText.Short(Gamma)})";
}

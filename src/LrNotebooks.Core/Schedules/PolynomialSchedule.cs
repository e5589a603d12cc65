namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Polynomial decay from <c>lr</c> to <c>endLr</c> over <c>totalSteps</c> steps, then held:
/// <c>lr(t) = (lr − endLr) · (1 − min(t, totalSteps) / totalSteps)^power + endLr</c>.
/// </summary>
/// <remarks>
/// <para>
/// <c>power = 1</c> is a linear decay to <c>endLr</c>; <c>power = 2</c> decays fast then flattens;
/// <c>power &lt; 1</c> stays high longer then drops. With <c>power = 0.9</c> this is the "poly" policy of
/// DeepLab (Chen et al. 2017).
/// </para>
/// <para>
/// PyTorch: <c>torch.optim.lr_scheduler.PolynomialLR(total_iters, power)</c>, which always decays to 0
/// (<c>endLr = 0</c>; values equal to 1e-12 relative).
/// Keras: <c>PolynomialDecay(lr, decay_steps, end_learning_rate, power, cycle=False)</c> (<c>cycle=True</c>
/// is not provided). Optax: <c>polynomial_schedule(init_value, end_value, power, transition_steps)</c>; its
/// documented example (init 1.0, end 0.01, power 2, 100 steps) is one of this type's tests.
/// </para>
/// </remarks>
public sealed record PolynomialSchedule : Schedule
{
    /// <summary>Creates a polynomial decay; prefer <see cref="Schedule.Polynomial"/>.</summary>
    /// <param name="lr">The learning rate at step 0, finite and &gt;= 0.</param>
    /// <param name="totalSteps">The number of steps of the decay, &gt;= 1.</param>
    /// <param name="power">The exponent of the polynomial, finite and &gt; 0.</param>
    /// <param name="endLr">The learning rate reached at <paramref name="totalSteps"/> and held afterwards, in [0, <paramref name="lr"/>].</param>
    public PolynomialSchedule(double lr, int totalSteps, double power = 1, double endLr = 0)
    {
        LearningRate = Guard.NonNegative(lr);
        TotalSteps = Guard.AtLeast(totalSteps, 1);
        Power = Guard.Positive(power);
        EndLearningRate = Guard.InRange(endLr, 0, lr);
    }

    /// <summary>The learning rate at step 0.</summary>
    public double LearningRate { get; }

    /// <summary>The number of steps of the decay.</summary>
    public int TotalSteps { get; }

    /// <summary>The exponent of the polynomial.</summary>
    public double Power { get; }

    /// <summary>The learning rate from step <see cref="TotalSteps"/> on.</summary>
    public double EndLearningRate { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        // Same operation order as PyTorch's _get_closed_form_lr (exact when EndLearningRate = 0).
        double remaining = 1.0 - (double)Math.Min(TotalSteps, step) / TotalSteps;
        return (LearningRate - EndLearningRate) * Math.Pow(remaining, Power) + EndLearningRate;
    }

    /// <inheritdoc />
    public override string Name =>
        $"polynomial(lr={ScheduleText.Short(LearningRate)}, T={TotalSteps}, power={ScheduleText.Short(Power)}{(EndLearningRate > 0 ? $", end_lr={ScheduleText.Short(EndLearningRate)}" : "")})";
}

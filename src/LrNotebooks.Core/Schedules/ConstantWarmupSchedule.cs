namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Constant-factor warm-up: <c>lr · factor</c> for the first <c>totalSteps</c> steps, then <c>lr</c>:
/// <c>lr(t) = lr · factor</c> if <c>t &lt; totalSteps</c>, else <c>lr</c>.
/// </summary>
/// <remarks>
/// <para>
/// The "constant warm-up" of Goyal et al. 2017, "Accurate, Large Minibatch SGD: Training ImageNet in 1 Hour"
/// (they compare it with the gradual, linear warm-up, see <see cref="LinearSchedule"/>).
/// </para>
/// <para>
/// PyTorch: <c>torch.optim.lr_scheduler.ConstantLR(factor, total_iters)</c> (values equal to 1e-12 relative).
/// PyTorch 1.13 accepts <c>factor = 0</c> but raises <c>ZeroDivisionError</c> at step <c>total_iters</c>
/// (it multiplies by <c>1/factor</c> there); here <c>factor = 0</c> gives PyTorch's closed form, 0 then <c>lr</c>.
/// Keras/Optax: no single schedule; Optax <c>join_schedules([constant(lr·f), constant(lr)], [n])</c>.
/// </para>
/// </remarks>
public sealed record ConstantWarmupSchedule : Schedule
{
    /// <summary>Creates a constant-factor warm-up; prefer <see cref="Schedule.ConstantWarmup"/>.</summary>
    /// <param name="lr">The learning rate after the warm-up, finite and &gt;= 0.</param>
    /// <param name="factor">The factor during the warm-up, in [0, 1].</param>
    /// <param name="totalSteps">The length of the warm-up in steps, &gt;= 1.</param>
    public ConstantWarmupSchedule(double lr, double factor = 1.0 / 3, int totalSteps = 5)
    {
        LearningRate = Guard.NonNegative(lr);
        Factor = Guard.InRange(factor, 0, 1);
        TotalSteps = Guard.AtLeast(totalSteps, 1);
    }

    /// <summary>The learning rate after the warm-up.</summary>
    public double LearningRate { get; }

    /// <summary>The factor applied during the warm-up.</summary>
    public double Factor { get; }

    /// <summary>The length of the warm-up in steps.</summary>
    public int TotalSteps { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        return step < TotalSteps ? LearningRate * Factor : LearningRate;
    }

    /// <inheritdoc />
    public override string Name =>
        $"constant-warmup(lr={ScheduleText.Short(LearningRate)}, factor={ScheduleText.Short(Factor)} for {TotalSteps})";
}

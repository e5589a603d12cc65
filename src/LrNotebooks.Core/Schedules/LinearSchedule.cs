namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Linear ramp of the multiplicative factor from <c>startFactor</c> to <c>endFactor</c> over
/// <c>totalSteps</c> steps, then held:
/// <c>lr(t) = lr · (startFactor + (endFactor − startFactor) · min(t, totalSteps) / totalSteps)</c>.
/// </summary>
/// <remarks>
/// <para>
/// With <c>startFactor &lt; endFactor = 1</c> this is the linear warm-up of Goyal et al. 2017, "Accurate,
/// Large Minibatch SGD: Training ImageNet in 1 Hour" (they ramp from lr/k to lr over 5 epochs); with
/// <c>endFactor &lt; startFactor</c> it is a linear decay. Warm-up then decay:
/// <c>Schedule.Sequence([Linear(lr, 0, 1, w), Cosine(lr, T)], [w])</c>.
/// </para>
/// <para>
/// PyTorch: <c>torch.optim.lr_scheduler.LinearLR(start_factor, end_factor, total_iters)</c> (values equal
/// to 1e-12 relative). PyTorch 1.13 accepts <c>start_factor = 0</c> in its constructor but then raises
/// <c>ZeroDivisionError</c> at the second <c>scheduler.step()</c> (its recursive update divides by
/// <c>total_iters · start_factor</c>). A warm-up from exactly 0 is common, so it is allowed here: the
/// value is PyTorch's own closed form (<c>_get_closed_form_lr</c>), i.e. 0 at step 0.
/// </para>
/// <para>
/// Optax: <c>linear_schedule(init_value, end_value, transition_steps)</c> is this with
/// <c>lr = max(init, end)</c> and factors <c>init/lr</c>, <c>end/lr</c>. Keras: <c>PolynomialDecay</c> with
/// <c>power = 1</c> for a decay; the warm-up part of <c>CosineDecay(warmup_steps=…)</c> for a warm-up.
/// </para>
/// </remarks>
public sealed record LinearSchedule : Schedule
{
    /// <summary>Creates a linear ramp; prefer <see cref="Schedule.Linear"/>.</summary>
    /// <param name="lr">The base learning rate the factors multiply, finite and &gt;= 0.</param>
    /// <param name="startFactor">The factor at step 0, in [0, 1].</param>
    /// <param name="endFactor">The factor from step <paramref name="totalSteps"/> on, in [0, 1].</param>
    /// <param name="totalSteps">The length of the ramp in steps, &gt;= 1.</param>
    public LinearSchedule(double lr, double startFactor = 1.0 / 3, double endFactor = 1, int totalSteps = 5)
    {
        LearningRate = Guard.NonNegative(lr);
        StartFactor = Guard.InRange(startFactor, 0, 1);
        EndFactor = Guard.InRange(endFactor, 0, 1);
        TotalSteps = Guard.AtLeast(totalSteps, 1);
    }

    /// <summary>The base learning rate the factors multiply.</summary>
    public double LearningRate { get; }

    /// <summary>The factor at step 0.</summary>
    public double StartFactor { get; }

    /// <summary>The factor reached at step <see cref="TotalSteps"/> and held afterwards.</summary>
    public double EndFactor { get; }

    /// <summary>The length of the ramp in steps.</summary>
    public int TotalSteps { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        // PyTorch's _get_closed_form_lr during the ramp; exactly EndFactor from TotalSteps on
        // (start + (end − start) can miss end by an ulp).
        return step >= TotalSteps
            ? LearningRate * EndFactor
            : LearningRate * (StartFactor + (EndFactor - StartFactor) * step / TotalSteps);
    }

    /// <inheritdoc />
    public override string Name =>
        $"linear(lr={ScheduleText.Short(LearningRate)}, {ScheduleText.Short(StartFactor)}→{ScheduleText.Short(EndFactor)} over {TotalSteps})";
}

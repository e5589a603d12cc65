namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Linear warm-up to <c>lr</c> over <c>warmupSteps</c> steps, then inverse-square-root decay:
/// <c>lr(t) = lr · t / w</c> for <c>t &lt; w</c>, and <c>lr · sqrt(w / t)</c> for <c>t &gt;= w</c>
/// (<c>w = warmupSteps</c>). The peak <c>lr</c> is reached at <c>t = w</c>; step 0 uses a rate of 0.
/// </summary>
/// <remarks>
/// <para>
/// This is the Transformer ("Noam") schedule of Vaswani et al. 2017, "Attention Is All You Need",
/// <c>d^−0.5 · min(s^−0.5, s · w^−1.5)</c> with step number <c>s = t</c>, rescaled so its peak is
/// <c>lr</c> (the paper's peak is <c>(d·w)^−0.5</c>; <c>d = 512, w = 4000</c> give 7.0e-4). It is also
/// fairseq's <c>inverse_sqrt</c> scheduler with <c>warmup_init_lr = 0</c> (fairseq sets the rate from the
/// number of completed updates, which is <c>t</c> here).
/// </para>
/// <para>
/// Other variants: T5 uses <c>1/sqrt(max(t, w))</c> (constant, no ramp, during the first <c>w</c> steps);
/// that is <c>lr · sqrt(w / max(t, w))</c> in this scale and is not provided.
/// PyTorch, Keras and Optax have no built-in inverse-square-root schedule.
/// </para>
/// </remarks>
public sealed record InverseSqrtSchedule : Schedule
{
    /// <summary>Creates an inverse-square-root schedule with linear warm-up; prefer <see cref="Schedule.InverseSqrt"/>.</summary>
    /// <param name="lr">The peak learning rate, reached at step <paramref name="warmupSteps"/>, finite and &gt;= 0.</param>
    /// <param name="warmupSteps">The length of the linear warm-up in steps, &gt;= 1.</param>
    public InverseSqrtSchedule(double lr, int warmupSteps)
    {
        LearningRate = Guard.NonNegative(lr);
        WarmupSteps = Guard.AtLeast(warmupSteps, 1);
    }

    /// <summary>The peak learning rate, at step <see cref="WarmupSteps"/>.</summary>
    public double LearningRate { get; }

    /// <summary>The length of the linear warm-up in steps.</summary>
    public int WarmupSteps { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        return step < WarmupSteps
            ? LearningRate * step / WarmupSteps
            : LearningRate * Math.Sqrt((double)WarmupSteps / step);
    }

    /// <inheritdoc />
    public override string Name =>
        $"inverse-sqrt(lr={ScheduleText.Short(LearningRate)}, warmup={WarmupSteps})";
}

namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Step decay: the learning rate is multiplied by <c>gamma</c> every <c>stepSize</c> steps,
/// <c>lr(t) = lr · gamma^⌊t / stepSize⌋</c>.
/// </summary>
/// <remarks>
/// PyTorch: <c>torch.optim.lr_scheduler.StepLR(step_size, gamma)</c> (values equal to 1e-12 relative).
/// Keras: <c>ExponentialDecay(lr, decay_steps=stepSize, decay_rate=gamma, staircase=True)</c>.
/// Optax: <c>exponential_decay(lr, transition_steps=stepSize, decay_rate=gamma, staircase=True)</c>.
/// The classic "divide by 10 every 30 epochs" of He et al. 2016 (ResNet) is <c>Step(0.1, 30, 0.1)</c>.
/// </remarks>
public sealed record StepSchedule : Schedule
{
    /// <summary>Creates a step decay schedule; prefer <see cref="Schedule.Step"/>.</summary>
    /// <param name="lr">The initial learning rate, finite and &gt;= 0.</param>
    /// <param name="stepSize">The number of steps between two decays, &gt;= 1.</param>
    /// <param name="gamma">The decay factor, in (0, 1].</param>
    public StepSchedule(double lr, int stepSize, double gamma = 0.1)
    {
        LearningRate = Guard.NonNegative(lr);
        StepSize = Guard.AtLeast(stepSize, 1);
        Gamma = Guard.InRange(gamma, 0, 1, minInclusive: false);
    }

    /// <summary>The learning rate before the first decay.</summary>
    public double LearningRate { get; }

    /// <summary>The number of steps between two decays.</summary>
    public int StepSize { get; }

    /// <summary>The factor applied at each decay.</summary>
    public double Gamma { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        return LearningRate * Math.Pow(Gamma, step / StepSize);
    }

    /// <inheritdoc />
    public override string Name =>
        $"step(lr={ScheduleText.Short(LearningRate)}, step_size={StepSize}, gamma={ScheduleText.Short(Gamma)})";
}

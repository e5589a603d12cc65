namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Multi-step decay: the learning rate is multiplied by <c>gamma</c> at each milestone,
/// <c>lr(t) = lr · gamma^(number of milestones m with m &lt;= t)</c>.
/// </summary>
/// <remarks>
/// PyTorch: <c>torch.optim.lr_scheduler.MultiStepLR(milestones, gamma)</c> (values equal to 1e-12 relative).
/// Optax: <c>piecewise_constant_schedule(lr, {m: gamma for m in milestones})</c> (also switches at <c>t &gt;= m</c>).
/// Keras: <c>PiecewiseConstantDecay(boundaries, values)</c> switches one step later (at <c>t &gt; boundary</c>),
/// so it equals <c>MultiStep</c> with milestones <c>boundary + 1</c> when each value is gamma times the previous.
/// </remarks>
public sealed record MultiStepSchedule : Schedule
{
    private readonly int[] _milestones;

    /// <summary>Creates a multi-step decay schedule; prefer <see cref="Schedule.MultiStep"/>.</summary>
    /// <param name="lr">The initial learning rate, finite and &gt;= 0.</param>
    /// <param name="milestones">The steps at which the rate is multiplied by <paramref name="gamma"/>: strictly increasing, each &gt;= 0 (may be empty).</param>
    /// <param name="gamma">The decay factor, in (0, 1].</param>
    public MultiStepSchedule(double lr, int[] milestones, double gamma = 0.1)
    {
        LearningRate = Guard.NonNegative(lr);
        _milestones = Guard.StrictlyIncreasing(milestones, 0);
        Gamma = Guard.InRange(gamma, 0, 1, minInclusive: false);
    }

    /// <summary>The learning rate before the first milestone.</summary>
    public double LearningRate { get; }

    /// <summary>The steps at which the rate drops, strictly increasing.</summary>
    public IReadOnlyList<int> Milestones => _milestones;

    /// <summary>The factor applied at each milestone.</summary>
    public double Gamma { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        return LearningRate * Math.Pow(Gamma, MilestonesReached(_milestones, step));
    }

    /// <inheritdoc />
    public override string Name =>
        $"multistep(lr={ScheduleText.Short(LearningRate)}, milestones=[{string.Join(", ", _milestones)}], gamma={ScheduleText.Short(Gamma)})";

    /// <summary>Equal when the rate, gamma and every milestone are equal.</summary>
    public bool Equals(MultiStepSchedule? other) =>
        other is not null && LearningRate.Equals(other.LearningRate) && Gamma.Equals(other.Gamma)
        && _milestones.AsSpan().SequenceEqual(other._milestones);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(LearningRate);
        hash.Add(Gamma);
        foreach (int m in _milestones) hash.Add(m);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    /// <summary>The number of milestones &lt;= <paramref name="step"/> (Python's <c>bisect_right</c>).</summary>
    internal static int MilestonesReached(int[] milestones, int step)
    {
        int index = Array.BinarySearch(milestones, step);
        return index >= 0 ? index + 1 : ~index;
    }
}

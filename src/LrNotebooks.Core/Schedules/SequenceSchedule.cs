namespace LrNotebooks.Core.Schedules;

/// <summary>
/// Schedules one after another: schedule <c>i</c> runs from milestone <c>m_(i−1)</c> (0 for the first) up
/// to milestone <c>m_i</c>, restarted at its own step 0:
/// <c>lr(t) = schedules[i].At(t − m_(i−1))</c> with <c>i</c> = the number of milestones <c>&lt;= t</c>.
/// So <c>At(m_i)</c> equals <c>schedules[i + 1].At(0)</c>. Typical use: a warm-up then a decay,
/// <c>Sequence([Linear(lr, 0.1, 1, 5), Cosine(lr, 95)], [5])</c>.
/// </summary>
/// <remarks>
/// <para>
/// PyTorch: <c>torch.optim.lr_scheduler.SequentialLR(schedulers, milestones)</c>. Measured with PyTorch 1.13
/// for LinearLR/ConstantLR/ExponentialLR/StepLR/MultiStepLR/PolynomialLR/CosineAnnealingLR/
/// CosineAnnealingWarmRestarts members: the values are exactly this pure composition (at a milestone PyTorch
/// calls the deprecated <c>scheduler.step(0)</c>, which evaluates the next scheduler's closed form at 0).
/// Quirks of PyTorch 1.13 that this type does not copy:
/// (1) Its docstring example (ConstantLR(factor=0.1, total_iters=2) then ExponentialLR(gamma=0.9),
/// milestones=[2]) claims 0.1, 0.1, 0.9, 0.81, …; the code gives 0.1, 0.1, 1.0, 0.9, 0.81, … — the next
/// scheduler starts at its own step 0 — and this type gives the same as the code.
/// (2) A milestone 0 is mishandled: PyTorch still uses the first scheduler at step 0 and then steps the
/// second one on top of that value without resetting it. Milestones must therefore be &gt;= 1 here.
/// (3) PyTorch members share one optimizer: a OneCycleLR member overwrites <c>initial_lr</c> and so changes the
/// base rate of the earlier members. Here every member keeps its own parameters.
/// </para>
/// <para>
/// Optax: <c>join_schedules(schedules, boundaries)</c> has the same semantics (schedule <c>i</c> sees
/// <c>t − boundary_(i−1)</c>); <c>warmup_cosine_decay_schedule</c> and <c>warmup_exponential_decay_schedule</c>
/// are such sequences. Keras: <c>CosineDecay(warmup_steps=…)</c> is a linear warm-up followed by a cosine decay.
/// </para>
/// </remarks>
public sealed record SequenceSchedule : Schedule
{
    private readonly Schedule[] _schedules;
    private readonly int[] _milestones;

    /// <summary>Creates a sequence; prefer <see cref="Schedule.Sequence"/>.</summary>
    /// <param name="schedules">The schedules in order, at least one, none null.</param>
    /// <param name="milestones">The steps at which the next schedule takes over: one fewer than <paramref name="schedules"/>, strictly increasing, each &gt;= 1.</param>
    public SequenceSchedule(Schedule[] schedules, int[] milestones)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        Guard.NotEmpty<Schedule>(schedules);
        for (int i = 0; i < schedules.Length; i++)
        {
            if (schedules[i] is null)
                throw new ArgumentNullException(nameof(schedules), $"schedules[{i}] must not be null.");
        }
        _milestones = Guard.StrictlyIncreasing(milestones, 1);
        if (_milestones.Length != schedules.Length - 1)
            throw new ArgumentException(
                $"milestones must have exactly one entry fewer than schedules (length {schedules.Length - 1}), but had length {_milestones.Length}.",
                nameof(milestones));
        _schedules = (Schedule[])schedules.Clone();
    }

    /// <summary>The schedules in order.</summary>
    public IReadOnlyList<Schedule> Schedules => _schedules;

    /// <summary>The steps at which the next schedule takes over.</summary>
    public IReadOnlyList<int> Milestones => _milestones;

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        int index = MultiStepSchedule.MilestonesReached(_milestones, step);
        int offset = index == 0 ? 0 : _milestones[index - 1];
        return _schedules[index].At(step - offset);
    }

    /// <inheritdoc />
    public override string Name =>
        $"{string.Join(" | ", _schedules.Select(s => s.Name))} at [{string.Join(", ", _milestones)}]";

    /// <summary>Equal when the schedules and milestones are equal element by element.</summary>
    public bool Equals(SequenceSchedule? other) =>
        other is not null && _milestones.AsSpan().SequenceEqual(other._milestones)
        && _schedules.AsSpan().SequenceEqual(other._schedules);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (int m in _milestones) hash.Add(m);
        foreach (var s in _schedules) hash.Add(s);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}

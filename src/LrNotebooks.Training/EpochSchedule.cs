using LrNotebooks.Core;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training;

/// <summary>
/// Adapts a schedule written in epochs to an optimizer that counts batches:
/// <c>At(t) = PerEpoch.At(t / StepsPerEpoch)</c> (integer division), so every batch of epoch e uses the value
/// of epoch e. This is how <see cref="ScheduleStepping.PerEpoch"/> is implemented: the optimizer keeps reading
/// its schedule at its own batch step, and the adapter maps batch step to epoch.
/// </summary>
public sealed record EpochSchedule : Schedule
{
    /// <summary>Wraps <paramref name="perEpoch"/>.</summary>
    /// <param name="perEpoch">The schedule whose step counts epochs.</param>
    /// <param name="stepsPerEpoch">Optimizer steps (mini-batches) per epoch, &gt;= 1.</param>
    public EpochSchedule(Schedule perEpoch, int stepsPerEpoch)
    {
        PerEpoch = perEpoch ?? throw new ArgumentNullException(nameof(perEpoch));
        StepsPerEpoch = Guard.AtLeast(stepsPerEpoch, 1);
    }

    /// <summary>The wrapped schedule, evaluated at the 0-based epoch index.</summary>
    public Schedule PerEpoch { get; }

    /// <summary>Optimizer steps per epoch.</summary>
    public int StepsPerEpoch { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        return PerEpoch.At(step / StepsPerEpoch);
    }

    /// <inheritdoc />
    public override string Name => $"{PerEpoch.Name} per epoch";
}

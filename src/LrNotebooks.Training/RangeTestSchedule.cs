using System.Globalization;
using LrNotebooks.Core;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training;

/// <summary>
/// The exponentially growing learning rate of an LR range test:
/// <c>lr(t) = start * (end / start)^(t / (steps - 1))</c> for t &lt; steps - 1 and <c>end</c> from then on, so the
/// first step uses exactly <c>start</c> and the last planned step exactly <c>end</c>, with a constant ratio
/// between consecutive steps (fast.ai <c>SchedExp</c> uses t / steps and never quite reaches <c>end</c>).
/// </summary>
public sealed record RangeTestSchedule : Schedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="startLearningRate">The first learning rate, finite and &gt; 0.</param>
    /// <param name="endLearningRate">The last learning rate, finite and &gt; <paramref name="startLearningRate"/>.</param>
    /// <param name="steps">The number of planned steps, &gt;= 2.</param>
    public RangeTestSchedule(double startLearningRate, double endLearningRate, int steps)
    {
        StartLearningRate = Guard.Positive(startLearningRate);
        EndLearningRate = Guard.InRange(endLearningRate, startLearningRate, double.MaxValue, minInclusive: false);
        Steps = Guard.AtLeast(steps, 2);
    }

    /// <summary>The learning rate at step 0.</summary>
    public double StartLearningRate { get; }

    /// <summary>The learning rate at step <see cref="Steps"/> - 1 and after.</summary>
    public double EndLearningRate { get; }

    /// <summary>The number of planned steps.</summary>
    public int Steps { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        if (step >= Steps - 1) return EndLearningRate;
        return StartLearningRate * Math.Pow(EndLearningRate / StartLearningRate, step / (double)(Steps - 1));
    }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"range test({StartLearningRate:G3} to {EndLearningRate:G3} in {Steps} steps)");
}

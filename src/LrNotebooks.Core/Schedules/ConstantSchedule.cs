using System.Globalization;

namespace LrNotebooks.Core.Schedules;

/// <summary>
/// A constant learning rate: <c>lr(t) = lr</c>.
/// PyTorch: no scheduler; Keras: a float learning rate; Optax: <c>optax.constant_schedule</c>.
/// </summary>
public sealed record ConstantSchedule : Schedule
{
    /// <summary>Creates a constant schedule.</summary>
    /// <param name="learningRate">The learning rate, finite and &gt;= 0.</param>
    public ConstantSchedule(double learningRate) => LearningRate = Guard.NonNegative(learningRate);

    /// <summary>The learning rate at every step.</summary>
    public double LearningRate { get; }

    /// <inheritdoc />
    public override double At(int step)
    {
        CheckStep(step);
        return LearningRate;
    }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"constant(lr={LearningRate:G4})");
}

using System.Globalization;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Running;

/// <summary>
/// Test double: plain gradient descent x ← x − η g with no state, so the runner can be tested independently of the
/// library's optimizers. Its effective step size is η for every parameter, as for SGD without momentum.
/// </summary>
internal sealed record TestGradientDescent : Optimizer
{
    public TestGradientDescent(Schedule learningRate) : base(learningRate)
    {
    }

    public override string Name => LearningRate is ConstantSchedule c
        ? string.Create(CultureInfo.InvariantCulture, $"GD(lr={c.LearningRate:G4})")
        : $"GD({LearningRate.Name})";

    protected override int BufferCount => 0;

    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        for (int i = 0; i < parameters.Length; i++) parameters[i] -= learningRate * gradient[i];
    }

    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination) =>
        destination.Fill(learningRate);
}

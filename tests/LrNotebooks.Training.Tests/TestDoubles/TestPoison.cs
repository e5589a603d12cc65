using LrNotebooks.Core.Optimizers;

namespace LrNotebooks.Training.Tests.TestDoubles;

/// <summary>
/// TEST DOUBLE: plain SGD with learning rate 0.01 that, at step <paramref name="AtStep"/>, overwrites every parameter
/// with <paramref name="Value"/> (e.g. infinity, or a huge finite number) to exercise each divergence check.
/// </summary>
public sealed record TestPoison(int AtStep, double Value) : Optimizer(0.01)
{
    public override string Name => "poison";

    protected override int BufferCount => 0;

    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        if (state.Step == AtStep)
        {
            parameters.Fill(Value);
            return;
        }
        for (int i = 0; i < parameters.Length; i++) parameters[i] -= learningRate * gradient[i];
    }

    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination) => destination.Fill(learningRate);
}

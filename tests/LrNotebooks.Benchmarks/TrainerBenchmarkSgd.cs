using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// SGD with heavy-ball momentum as PyTorch 1.13 <c>torch.optim.SGD</c> (dampening 0, no weight decay):
/// <c>buf = momentum * buf + g; p -= lr * buf</c>. A stand-in with the same arithmetic as the library's SGD, so the
/// trainer benchmarks do not depend on which optimizers are built.
/// </summary>
public sealed record TrainerBenchmarkSgd(Schedule Lr, double Momentum) : Optimizer(Lr)
{
    /// <inheritdoc />
    public override string Name => $"SGD(momentum={Momentum})";

    /// <inheritdoc />
    protected override int BufferCount => 1;

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        var buffer = state.Buffer(0);
        for (int i = 0; i < parameters.Length; i++)
        {
            buffer[i] = Momentum * buffer[i] + gradient[i];
            parameters[i] -= learningRate * buffer[i];
        }
    }

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination) => destination.Fill(learningRate);
}

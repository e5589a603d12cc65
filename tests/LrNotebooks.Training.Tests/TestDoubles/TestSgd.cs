using System.Globalization;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training.Tests.TestDoubles;

/// <summary>
/// TEST DOUBLE, not the library's optimizer: SGD with heavy-ball momentum as PyTorch 1.13 <c>torch.optim.SGD</c>
/// (dampening 0, no weight decay, not Nesterov): <c>buf = momentum * buf + g; p -= lr * buf</c>.
/// Used here because the real <c>Optimizer.Sgd</c> lives in the core library; the tests only need the contract.
/// </summary>
public sealed record TestSgd(Schedule Lr, double Momentum = 0) : Optimizer(Lr)
{
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"SGD(lr={LearningRate.At(0):G4}, momentum={Momentum:G3})");

    protected override int BufferCount => 1;

    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        var buffer = state.Buffer(0);
        for (int i = 0; i < parameters.Length; i++)
        {
            buffer[i] = Momentum * buffer[i] + gradient[i];
            parameters[i] -= learningRate * buffer[i];
        }
    }

    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination) => destination.Fill(learningRate);
}

using System.Globalization;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Training.Tests.TestDoubles;

/// <summary>
/// TEST DOUBLE, not the library's optimizer: Adam as PyTorch 1.13 <c>torch.optim.Adam</c> (no weight decay, no AMSGrad):
/// <c>m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; p -= lr / (1-b1^t) * m / (sqrt(v) / sqrt(1-b2^t) + eps)</c>.
/// </summary>
public sealed record TestAdam(Schedule Lr, double Beta1 = 0.9, double Beta2 = 0.999, double Eps = 1e-8) : Optimizer(Lr)
{
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"Adam(lr={LearningRate.At(0):G4})");

    protected override int BufferCount => 2;

    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        var m = state.Buffer(0);
        var v = state.Buffer(1);
        int t = state.Step + 1;
        double correction1 = 1 - Math.Pow(Beta1, t);
        double correction2 = Math.Sqrt(1 - Math.Pow(Beta2, t));
        for (int i = 0; i < parameters.Length; i++)
        {
            m[i] = Beta1 * m[i] + (1 - Beta1) * gradient[i];
            v[i] = Beta2 * v[i] + (1 - Beta2) * gradient[i] * gradient[i];
            parameters[i] -= learningRate / correction1 * m[i] / (Math.Sqrt(v[i]) / correction2 + Eps);
        }
    }

    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination)
    {
        var v = state.Buffer(1);
        int t = Math.Max(state.Step, 1);
        double correction1 = 1 - Math.Pow(Beta1, t);
        double correction2 = Math.Sqrt(1 - Math.Pow(Beta2, t));
        for (int i = 0; i < destination.Length; i++) destination[i] = learningRate / correction1 / (Math.Sqrt(v[i]) / correction2 + Eps);
    }
}

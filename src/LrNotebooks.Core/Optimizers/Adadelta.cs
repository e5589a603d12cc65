using System.Numerics;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// Adadelta (Zeiler 2012): the step is a ratio of two running root-mean-squares, of past updates and of
/// gradients, so it carries its own units; PyTorch still multiplies it by a learning rate (default 1).
/// PyTorch: <c>torch.optim.Adadelta</c> (1.13, reproduced exactly); Keras: <c>Adadelta(rho, epsilon)</c>;
/// Optax: <c>optax.adadelta</c>.
/// </summary>
/// <remarks>
/// <para>With d = g + λ·p and decay ρ:</para>
/// <code>
/// v ← ρ·v + (1 − ρ)·d²
/// r = √(u + ε) / √(v + ε)        (u from the previous step)
/// Δ = r·d
/// u ← ρ·u + (1 − ρ)·Δ²
/// p ← p − η·Δ
/// </code>
/// <para>State buffers: 0 = squared-gradient average v, 1 = squared-update average u, 2 = the ratio r of the most
/// recent step (kept for <see cref="Optimizer.EffectiveStepSize"/>, since u has moved on; starts at 1).</para>
/// <para>Effective step size: η·r, the factor the most recent gradient d was multiplied by. Before the first
/// step: η (r = √ε / √ε).</para>
/// </remarks>
public sealed record Adadelta : Optimizer
{
    /// <summary>The index of the squared-gradient average v in <see cref="OptimizerState.Buffer"/>.</summary>
    public const int SquareAverageBuffer = 0;

    /// <summary>The index of the squared-update average u.</summary>
    public const int DeltaAverageBuffer = 1;

    /// <summary>The index of the most recent ratio r = √(u + ε) / √(v + ε).</summary>
    public const int RatioBuffer = 2;

    internal Adadelta(Schedule learningRate, double rho, double eps, double weightDecay) : base(learningRate)
    {
        Rho = Guard.InRange(rho, 0, 1);
        Eps = Guard.NonNegative(eps);
        WeightDecay = Guard.NonNegative(weightDecay);
    }

    /// <summary>Decay ρ in [0, 1] of both running averages.</summary>
    public double Rho { get; }

    /// <summary>ε &gt;= 0 inside both roots.</summary>
    public double Eps { get; }

    /// <summary>L2 weight decay λ &gt;= 0, added to the gradient as λ·p.</summary>
    public double WeightDecay { get; }

    /// <inheritdoc />
    public override string Name => OptimizerLabel.Start("Adadelta", LearningRate)
        .With("rho", Rho, 0.9).With("eps", Eps, 1e-6).With("weight_decay", WeightDecay, 0).ToString();

    /// <inheritdoc />
    protected override int BufferCount => 3;

    /// <inheritdoc />
    protected override void InitializeState(OptimizerState state) => state.Buffer(RatioBuffer).Fill(1);

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        bool decay = WeightDecay != 0;
        double rho = Rho, oneMinusRho = 1 - Rho, eps = Eps, wd = WeightDecay, negLr = -learningRate;
        Span<double> square = state.Buffer(SquareAverageBuffer), delta = state.Buffer(DeltaAverageBuffer), ratio = state.Buffer(RatioBuffer);

        int n = Vectorization.VectorizedLength(parameters.Length);
        var pv = Vectorization.AsVectors(parameters, n);
        var gv = Vectorization.AsVectors(gradient, n);
        var vv = Vectorization.AsVectors(square, n);
        var uv = Vectorization.AsVectors(delta, n);
        var rv = Vectorization.AsVectors(ratio, n);
        Vector<double> vRho = new(rho), vOneMinusRho = new(oneMinusRho), vEps = new(eps), vWd = new(wd), vNegLr = new(negLr);
        for (int i = 0; i < pv.Length; i++)
        {
            ref Vector<double> p = ref pv[i];
            ref Vector<double> v = ref vv[i];
            ref Vector<double> u = ref uv[i];
            Vector<double> d = gv[i];
            if (decay) d += vWd * p;
            v = v * vRho + vOneMinusRho * d * d;
            Vector<double> r = Vector.SquareRoot(u + vEps) / Vector.SquareRoot(v + vEps);
            Vector<double> step = r * d;
            u = u * vRho + vOneMinusRho * step * step;
            p += vNegLr * step;
            rv[i] = r;
        }
        for (int i = n; i < parameters.Length; i++)
        {
            ref double p = ref parameters[i];
            ref double v = ref square[i];
            ref double u = ref delta[i];
            double d = gradient[i];
            if (decay) d += wd * p;
            v = v * rho + oneMinusRho * d * d;
            double r = Math.Sqrt(u + eps) / Math.Sqrt(v + eps);
            double step = r * d;
            u = u * rho + oneMinusRho * step * step;
            p += negLr * step;
            ratio[i] = r;
        }
    }

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination)
    {
        ReadOnlySpan<double> ratio = state.Buffer(RatioBuffer);
        for (int i = 0; i < destination.Length; i++) destination[i] = learningRate * ratio[i];
    }
}

using System.Numerics;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// Stochastic gradient descent with optional heavy-ball momentum (Polyak 1964), Nesterov momentum
/// (Nesterov 1983, in the form of Sutskever et al. 2013), dampening and L2 weight decay.
/// PyTorch: <c>torch.optim.SGD</c> (1.13, reproduced exactly); Keras: <c>SGD(momentum, nesterov)</c>;
/// Optax: <c>optax.sgd(learning_rate, momentum, nesterov)</c>.
/// </summary>
/// <remarks>
/// <para>With <c>d = g + λ·p</c> (λ = weight decay), learning rate η, momentum μ and dampening τ:</para>
/// <code>
/// b₁ = d,   bₜ = μ·bₜ₋₁ + (1 − τ)·d   (t &gt; 1; PyTorch starts the buffer as a copy of d, undampened)
/// u  = d + μ·bₜ  (Nesterov)   or   bₜ  (heavy ball)   or   d  (μ = 0)
/// p ← p − η·u
/// </code>
/// <para>State buffers: 0 = momentum buffer b (present only when μ &gt; 0).</para>
/// <para>Effective step size: η for every component (the factor the update direction u is multiplied by).</para>
/// </remarks>
public sealed record Sgd : Optimizer
{
    /// <summary>The momentum buffer's index in <see cref="OptimizerState.Buffer"/>.</summary>
    public const int MomentumBuffer = 0;

    internal Sgd(Schedule learningRate, double momentum, double dampening, double weightDecay, bool nesterov) : base(learningRate)
    {
        Momentum = Guard.InRange(momentum, 0, 1, maxInclusive: false);
        Dampening = Guard.InRange(dampening, 0, 1);
        WeightDecay = Guard.NonNegative(weightDecay);
        if (nesterov && (momentum == 0 || dampening != 0))
            throw new ArgumentException(
                $"nesterov requires momentum in (0, 1) and dampening = 0, but momentum was {momentum} and dampening was {dampening}.", nameof(nesterov));
        Nesterov = nesterov;
    }

    /// <summary>Momentum μ in [0, 1); 0 turns momentum off.</summary>
    public double Momentum { get; }

    /// <summary>Dampening τ in [0, 1]: the momentum buffer adds (1 − τ)·d from the second step on.</summary>
    public double Dampening { get; }

    /// <summary>L2 weight decay λ &gt;= 0, added to the gradient as λ·p.</summary>
    public double WeightDecay { get; }

    /// <summary>Nesterov momentum: the update is d + μ·b instead of b.</summary>
    public bool Nesterov { get; }

    /// <inheritdoc />
    public override string Name => OptimizerLabel.Start("SGD", LearningRate)
        .With("momentum", Momentum, 0).With("dampening", Dampening, 0).With("weight_decay", WeightDecay, 0)
        .With("nesterov", Nesterov).ToString();

    /// <inheritdoc />
    protected override int BufferCount => Momentum != 0 ? 1 : 0;

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate)
    {
        bool momentum = Momentum != 0, decay = WeightDecay != 0, nesterov = Nesterov;
        // b ← keep·b + take·d: on the first step keep = 0, take = 1 makes b an exact copy of d, as in PyTorch.
        bool first = state.Step == 0;
        double keep = first ? 0 : Momentum, take = first ? 1 : 1 - Dampening, mu = Momentum, wd = WeightDecay, lr = learningRate;
        Span<double> buffer = momentum ? state.Buffer(MomentumBuffer) : Span<double>.Empty;

        int n = Vectorization.VectorizedLength(parameters.Length);
        var pv = Vectorization.AsVectors(parameters, n);
        var gv = Vectorization.AsVectors(gradient, n);
        var bv = momentum ? Vectorization.AsVectors(buffer, n) : Span<Vector<double>>.Empty;
        Vector<double> vKeep = new(keep), vTake = new(take), vMu = new(mu), vWd = new(wd), vLr = new(lr);
        for (int i = 0; i < pv.Length; i++)
        {
            ref Vector<double> p = ref pv[i];
            Vector<double> d = gv[i];
            if (decay) d += vWd * p;
            if (momentum)
            {
                ref Vector<double> b = ref bv[i];
                b = b * vKeep + vTake * d;
                d = nesterov ? d + vMu * b : b;
            }
            p -= vLr * d;
        }
        for (int i = n; i < parameters.Length; i++)
        {
            ref double p = ref parameters[i];
            double d = gradient[i];
            if (decay) d += wd * p;
            if (momentum)
            {
                ref double b = ref buffer[i];
                b = b * keep + take * d;
                d = nesterov ? d + mu * b : b;
            }
            p -= lr * d;
        }
    }

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination) =>
        destination.Fill(learningRate);
}

using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// Adam (Kingma &amp; Ba 2015) with optional L2 weight decay and AMSGrad (Reddi, Kale &amp; Kumar 2018).
/// PyTorch: <c>torch.optim.Adam</c> (1.13, reproduced exactly); Keras: <c>Adam(beta_1, beta_2, epsilon, amsgrad)</c>;
/// Optax: <c>optax.adam</c> (<c>optax.amsgrad</c>).
/// </summary>
/// <remarks>
/// <para>At step t = 1, 2, … with d = g + λ·p (the decay is part of the gradient, so it is normalized too):</para>
/// <code>
/// m ← β₁·m + (1 − β₁)·d,   v ← β₂·v + (1 − β₂)·d²,   v̂ = max(v̂, v) (AMSGrad) or v
/// p ← p − (η / (1 − β₁ᵗ))·m / (√v̂ / √(1 − β₂ᵗ) + ε)
/// </code>
/// <para>State buffers: 0 = first moment m, 1 = second moment v, 2 = running maximum v̂ (AMSGrad only).</para>
/// <para>Effective step size: (η / (1 − β₁ᵗ)) / (√v̂ / √(1 − β₂ᵗ) + ε), the factor the first moment m was multiplied by
/// at the most recent step t (t = 1 with zero moments before the first step).</para>
/// </remarks>
public sealed record Adam : AdaptiveMomentOptimizer
{
    /// <summary>The index of the running maximum of v (AMSGrad only).</summary>
    public const int MaxSecondMomentBuffer = AdamUpdate.MaxSecondMoment;

    internal Adam(Schedule learningRate, double beta1, double beta2, double eps, double weightDecay, bool amsgrad) : base(learningRate, beta1, beta2, eps, weightDecay)
    {
        Amsgrad = amsgrad;
    }

    /// <summary>AMSGrad: normalize by the running maximum of the second moment.</summary>
    public bool Amsgrad { get; }

    /// <inheritdoc />
    public override string Name => Label("Adam").With("amsgrad", Amsgrad).ToString();

    /// <inheritdoc />
    protected override int BufferCount => Amsgrad ? 3 : 2;

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate) =>
        AdamUpdate.Apply(parameters, gradient, state, learningRate, Beta1, Beta2, Eps, l2Decay: WeightDecay, decoupledDecay: 0, Amsgrad);

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination) =>
        AdamUpdate.EffectiveStepSize(state, learningRate, Beta1, Beta2, Eps, Amsgrad, destination);
}

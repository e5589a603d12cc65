using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Optimizers;

/// <summary>
/// AdamW (Loshchilov &amp; Hutter 2019, "Decoupled Weight Decay Regularization"): Adam whose weight decay shrinks
/// the parameters directly instead of entering the normalized gradient; optional AMSGrad.
/// PyTorch: <c>torch.optim.AdamW</c> (1.13, reproduced exactly); Keras: <c>AdamW(weight_decay, beta_1, beta_2, epsilon,
/// amsgrad)</c>; Optax: <c>optax.adamw</c>.
/// </summary>
/// <remarks>
/// <para>At step t = 1, 2, …:</para>
/// <code>
/// p ← p·(1 − η·λ)
/// m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g²,   v̂ = max(v̂, v) (AMSGrad) or v
/// p ← p − (η / (1 − β₁ᵗ))·m / (√v̂ / √(1 − β₂ᵗ) + ε)
/// </code>
/// <para>State buffers: 0 = first moment m, 1 = second moment v, 2 = running maximum v̂ (AMSGrad only).</para>
/// <para>Effective step size: as <see cref="Adam"/>, (η / (1 − β₁ᵗ)) / (√v̂ / √(1 − β₂ᵗ) + ε), the factor m was multiplied
/// by; the decoupled decay is a separate shrink by η·λ that does not scale the gradient.</para>
/// </remarks>
public sealed record AdamW : AdaptiveMomentOptimizer
{
    /// <summary>The index of the running maximum of v (AMSGrad only).</summary>
    public const int MaxSecondMomentBuffer = AdamUpdate.MaxSecondMoment;

    internal AdamW(Schedule learningRate, double beta1, double beta2, double eps, double weightDecay, bool amsgrad) : base(learningRate, beta1, beta2, eps, weightDecay)
    {
        Amsgrad = amsgrad;
    }

    /// <summary>AMSGrad: normalize by the running maximum of the second moment.</summary>
    public bool Amsgrad { get; }

    /// <inheritdoc />
    public override string Name => Label("AdamW", defaultWeightDecay: 0.01).With("amsgrad", Amsgrad).ToString();

    /// <inheritdoc />
    protected override int BufferCount => Amsgrad ? 3 : 2;

    /// <inheritdoc />
    protected override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, OptimizerState state, double learningRate) =>
        AdamUpdate.Apply(parameters, gradient, state, learningRate, Beta1, Beta2, Eps, l2Decay: 0, decoupledDecay: WeightDecay, Amsgrad);

    /// <inheritdoc />
    protected override void ComputeEffectiveStepSize(OptimizerState state, double learningRate, Span<double> destination) =>
        AdamUpdate.EffectiveStepSize(state, learningRate, Beta1, Beta2, Eps, Amsgrad, destination);
}

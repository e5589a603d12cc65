using BenchmarkDotNet.Attributes;
using LrNotebooks.Training;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// The cost of one exact Hessian-vector product relative to one gradient, both over the whole digits training split
/// (1,438 images, MLP 64-64-10, float64): the full-batch gradient of the trainer's back-propagation is the baseline.
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class HessianVectorProductBenchmark
{
    private NetworkWorkspace _workspace = null!;
    private NetworkHessian _hessian = null!;
    private double[] _parameters = null!, _direction = null!, _gradient = null!, _product = null!;
    private int _rows;

    [GlobalSetup]
    public void Setup()
    {
        var train = Digits.Load().Train;
        var network = Network.ForDigits(64);
        _rows = train.Count;
        _workspace = new NetworkWorkspace(network, _rows);
        _workspace.Gather(train, Enumerable.Range(0, _rows).ToArray());
        _hessian = new NetworkHessian(network, train);
        _parameters = network.InitialParameters(0);
        var random = new Random(1);
        _direction = _parameters.Select(_ => random.NextDouble() - 0.5).ToArray();
        _gradient = new double[network.ParameterCount];
        _product = new double[network.ParameterCount];
    }

    /// <summary>Loss and gradient over all training rows (forward and backward pass).</summary>
    [Benchmark(Baseline = true)]
    public double Gradient() => _workspace.LossAndGradient(_parameters, _workspace.Input, _workspace.Labels, _rows, _gradient);

    /// <summary>H·v over all training rows (forward, R-forward, backward and R-backward).</summary>
    [Benchmark]
    public double HessianVectorProduct() => _hessian.Product(_parameters, _direction, _product);

    /// <summary>H·v and the gradient together (what a power-iteration step in a training loop could share).</summary>
    [Benchmark]
    public double HessianVectorProductWithGradient() => _hessian.Product(_parameters, _direction, _product, _gradient);
}

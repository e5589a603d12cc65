using BenchmarkDotNet.Attributes;
using LrNotebooks.Training;

namespace LrNotebooks.Benchmarks;

/// <summary>
/// One epoch of the MLP 64-64-10 (float64, ReLU, softmax cross-entropy) on the digits training split (1,438 images,
/// 45 mini-batches of 32, the last one of 30), SGD(lr=0.01, momentum=0.9). Compare with pytorch_epoch.py.
/// </summary>
[MemoryDiagnoser, MinColumn, MedianColumn]
public class TrainerEpochBenchmark
{
    private DataSplit _data = null!;
    private Network _network = null!;
    private TrainingSession _session = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = Digits.Load();
        _network = Network.ForDigits(64);
        _session = new TrainingSession(_network, _data.Train, new TrainerBenchmarkSgd(0.01, 0.9), batchSize: 32, seed: 0, shuffleSeed: 1);
    }

    /// <summary>The training pass only: shuffle, then per batch gather, forward, backward and one SGD step (as the PyTorch loop).</summary>
    [Benchmark(Baseline = true)]
    public double TrainingPass()
    {
        _session.Shuffle();
        double loss = 0;
        for (int batch = 0; batch < _session.BatchesPerEpoch; batch++)
        {
            loss = _session.ComputeBatch(batch);
            _session.Step();
        }
        return loss;
    }

    /// <summary>What <see cref="Trainer.Train(Network, DataSplit, LrNotebooks.Core.Optimizers.Optimizer, TrainingOptions?)"/> does for one epoch: initialisation, the training pass, then loss and accuracy on all 1,797 images.</summary>
    [Benchmark]
    public TrainingResult TrainOneEpoch() =>
        Trainer.Train(_network, _data, new TrainerBenchmarkSgd(0.01, 0.9), new TrainingOptions { Epochs = 1 });
}

package dev.placementadvisor.cost;

import dev.placementadvisor.inventory.Placement;
import dev.placementadvisor.result.PlatformEntry;
import java.util.List;

/**
 * The registry of platforms: every platform the cost model prices, with its stable id (used in the
 * JSON report and on the command line), its placement class and its source. docs/platforms.md is
 * generated from this list (a test compares them).
 */
public final class Platforms {
  private Platforms() {}

  /**
   * One platform's description.
   *
   * @param id stable id: provider, then product ({@code aws-lambda})
   * @param placement the placement class it belongs to
   * @param summary one line on what is priced
   * @param limits the hard limits a service must fit, in words, with catalog quantities as {@code
   *     {id}} ({@link #limits(PriceCatalog)} fills them in; the scoring's limit factors check them:
   *     docs/scoring.md)
   * @param prices the catalog entries its formula reads (prices and quantities; a cluster also
   *     reads the instance types)
   * @param source where the pricing model comes from
   * @param factory builds the platform's formula for an inventory
   * @param instances true when its formula prices the catalog's machine types (a cluster's nodes)
   * @param perRequest true when it bills by the request and scales to zero (a function), false when
   *     it bills for capacity that runs all month (a cluster's nodes, a container's tasks); within
   *     a placement a per-request platform the service fits is chosen before a capacity one
   * @param operations the kind of platform whose operations it carries (its placement's unless
   *     {@link #runAs} says otherwise)
   */
  public record Info(
      String id,
      String name,
      Placement placement,
      String provider,
      String summary,
      String limits,
      List<String> prices,
      String source,
      Factory factory,
      boolean instances,
      boolean perRequest,
      Operations.Kind operations)
      implements Registered {
    public Info {
      prices = List.copyOf(prices);
      if (operations == null) {
        operations =
            switch (placement) {
              case KUBERNETES, HYBRID -> Operations.Kind.CLUSTER;
              case SERVERLESS -> Operations.Kind.FUNCTIONS;
              case WASM_EDGE -> Operations.Kind.EDGE;
            };
      }
    }

    /**
     * This platform run as another kind than its placement's: a managed cluster, or Wasm on a
     * cluster of your own.
     */
    Info runAs(Operations.Kind kind) {
      return copy(instances, perRequest, kind);
    }

    /**
     * A platform billed as its placement is: a Kubernetes one for capacity, on the catalog's
     * machine types, any other by the request; {@link #withBilling} says otherwise.
     */
    public Info(
        String id,
        String name,
        Placement placement,
        String provider,
        String summary,
        String limits,
        List<String> prices,
        String source,
        Factory factory) {
      this(
          id,
          name,
          placement,
          provider,
          summary,
          limits,
          prices,
          source,
          factory,
          placement == Placement.KUBERNETES,
          placement != Placement.KUBERNETES,
          null);
    }

    /**
     * This platform billed otherwise than its placement: a container service for capacity, say
     * ({@code perRequest} false), or a Kubernetes one that prices Pods, not machine types ({@code
     * instances} false).
     */
    Info withBilling(boolean instances, boolean perRequest) {
      return copy(instances, perRequest, operations);
    }

    private Info copy(boolean instances, boolean perRequest, Operations.Kind operations) {
      return new Info(
          id,
          name,
          placement,
          provider,
          summary,
          limits,
          prices,
          source,
          factory,
          instances,
          perRequest,
          operations);
    }

    /**
     * True for an option of another platform (Provisioned Concurrency on Lambda, Auto Mode on EKS,
     * instance-based billing on Cloud Run): a provider's name does not include it, so an inventory
     * names it by its id to have it priced and chosen.
     */
    public boolean option() {
      return OPTIONS.contains(id);
    }

    /** The limits in words, each {@code {id}} replaced by that quantity of {@code catalog}. */
    public String limits(dev.placementadvisor.pricing.PriceCatalog catalog) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\\{([A-Za-z0-9._-]+)}").matcher(limits);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(
            b,
            java.util.regex.Matcher.quoteReplacement(
                dev.placementadvisor.input.Format.number(catalog.quantity(m.group(1)))));
      }
      return m.appendTail(b).toString();
    }

    /** True when the platform prices the catalog's machine types (a cluster's nodes). */
    public boolean usesInstances() {
      return instances;
    }

    /** The platform as the listings show it, its limits with {@code catalog}'s values. */
    public PlatformEntry entry(dev.placementadvisor.pricing.PriceCatalog catalog) {
      return new PlatformEntry(
          id,
          name,
          placement,
          provider,
          summary,
          perRequest,
          option(),
          limits(catalog),
          prices,
          instances,
          source);
    }

    /**
     * A platform is its id (the registry holds one of each). Written out, as the record's own
     * equality would hash all eleven components and, the first time, build its method handles at
     * run time (twenty method-handle classes spun in every run: see docs/performance.md).
     */
    @Override
    public boolean equals(Object o) {
      return o instanceof Info other && other.id.equals(id);
    }

    @Override
    public int hashCode() {
      return id.hashCode();
    }
  }

  /** What a platform's formula is built from: the prices and the organization's settings. */
  public record Setting(
      dev.placementadvisor.pricing.PriceCatalog catalog,
      dev.placementadvisor.inventory.KubernetesSettings cluster,
      boolean freeTier,
      dev.placementadvisor.input.Location instanceTypeWhere) {}

  /** Builds a platform's formula (reading its prices once) for one inventory. */
  @FunctionalInterface
  public interface Factory {
    Platform create(Setting setting);
  }

  /** AWS Lambda, with API Gateway, CloudWatch Logs and a NAT gateway as the service needs. */
  public static final Info AWS_LAMBDA =
      new Info(
          "aws-lambda",
          "AWS Lambda",
          Placement.SERVERLESS,
          "aws",
          "requests and GB-seconds (tiered, free tier optional), API Gateway REST or HTTP, or a"
              + " WebSocket API's messages and connection minutes, CloudWatch Logs ingestion, a"
              + " NAT gateway for VPC egress; a cold-start-sensitive service pays for SnapStart"
              + " (java, kotlin: no charge) or Provisioned Concurrency for its peak",
          "memory from {lambda.minMemoryMb} to {lambda.maxMemoryMb} MB, a run up to"
              + " {lambda.maxDurationSeconds} s, no GPU, persistent connections only through a"
              + " WebSocket API (apiGateway: websocket), no state kept between requests",
          List.of(
              "lambda.requests",
              "lambda.duration.x86_64",
              "lambda.duration.arm64",
              "apigateway.rest.requests",
              "apigateway.http.requests",
              "apigateway.websocket.messages",
              "apigateway.websocket.connectionMinutes",
              "apigateway.websocket.messagesPerRequest",
              "apigateway.websocket.connectionMinutesPerRequest",
              "cloudwatch.logs.ingestion",
              "nat.hour",
              "nat.data",
              "lambda.freeTier.requests",
              "lambda.freeTier.gbSeconds",
              "lambda.maxDurationSeconds",
              "lambda.maxMemoryMb",
              "lambda.minMemoryMb",
              // A cold-start-sensitive service's mitigation: docs/cost-model.md, "Cold starts".
              "lambda.provisioned.concurrency.x86_64",
              "lambda.provisioned.concurrency.arm64",
              "lambda.provisioned.duration.x86_64",
              "lambda.provisioned.duration.arm64",
              "lambda.snapstart.java",
              // The load balancer a cheaper door puts in front: "Cheaper doors".
              "alb.hour",
              "alb.lcu",
              "alb.lcu.newConnectionsPerSecond"),
          "https://aws.amazon.com/lambda/pricing/",
          s -> new AwsLambda(s.catalog(), s.freeTier(), false));

  /** Amazon EKS with managed node groups. */
  public static final Info AWS_EKS =
      new Info(
          "aws-eks",
          "Amazon EKS (node groups)",
          Placement.KUBERNETES,
          "aws",
          "EC2 nodes sized from CPU and memory at a target utilisation for the peak and the"
              + " off-peak (jobs only while they run; a larger type for a replica the node cannot"
              + " hold; GPU nodes by GPU throughput), the control plane, an application load"
              + " balancer and its capacity units",
          "runs only in AWS regions (a service that must run on premises runs on EKS Hybrid"
              + " Nodes)",
          List.of(
              "eks.controlPlane",
              "alb.hour",
              "alb.lcu",
              "alb.lcu.newConnectionsPerSecond",
              "alb.lcu.activeConnectionsPerMinute",
              "alb.lcu.processedGbPerHour",
              "alb.lcu.ruleEvaluationsPerSecond"),
          "https://aws.amazon.com/eks/pricing/",
          s -> new AwsEks(s.catalog(), s.cluster(), s.instanceTypeWhere()));

  /** Cloudflare Workers on the Paid plan. */
  public static final Info CLOUDFLARE_WORKERS =
      new Info(
          "cloudflare-workers",
          "Cloudflare Workers (Paid)",
          Placement.WASM_EDGE,
          "cloudflare",
          "the plan's monthly base fee, requests and CPU time beyond the included allowances;"
              + " a WebSocket service's messages on a Durable Object (requests and duration"
              + " beyond the plan's allowance)",
          "memory up to {edge.maxMemoryMb} MB, CPU time up to {edge.maxCpuMsPerRequest} ms a"
              + " request, no GPU, no state kept in the isolate, persistent connections only as"
              + " WebSockets on a Durable Object, a runtime that compiles to WebAssembly or runs"
              + " on V8",
          List.of(
              "edge.baseFee",
              "edge.requests",
              "edge.cpuMs",
              "edge.includedRequests",
              "edge.includedCpuMs",
              "edge.maxMemoryMb",
              "edge.maxCpuMsPerRequest",
              CloudflareWorkers.COLD_START,
              "durableobjects.requests",
              "durableobjects.duration",
              "durableobjects.included.requests",
              "durableobjects.included.gbSeconds",
              "durableobjects.billedMemoryMb",
              "durableobjects.websocketMessagesPerRequest"),
          "https://developers.cloudflare.com/workers/platform/pricing/",
          s -> new CloudflareWorkers(s.catalog()));

  /** AWS Fargate: an Amazon ECS service's tasks, all month, behind an application load balancer. */
  public static final Info AWS_FARGATE =
      new Info(
              "aws-fargate",
              "AWS Fargate (Amazon ECS)",
              Placement.SERVERLESS,
              "aws",
              "tasks as many as EKS runs replicas at the peak and off-peak (a job's only while it"
                  + " runs, each run at least a minute), each the smallest Fargate size for its CPU"
                  + " and memory (vCPU-hours and GB-hours, x86_64 or arm64), an application load"
                  + " balancer and its capacity units (not for jobs), CloudWatch Logs ingestion",
              "memory up to {fargate.maxMemoryGb} GB a task, no GPU, no state kept in a task (tasks"
                  + " are replaced at will), AWS regions only",
              List.of(
                  "fargate.vcpuHour.x86_64",
                  "fargate.gbHour.x86_64",
                  "fargate.vcpuHour.arm64",
                  "fargate.gbHour.arm64",
                  "fargate.ephemeralStorage",
                  "alb.hour",
                  "alb.lcu",
                  "cloudwatch.logs.ingestion",
                  "alb.lcu.newConnectionsPerSecond",
                  "fargate.maxMemoryGb",
                  "fargate.includedEphemeralStorageGb",
                  "fargate.minimumBillingSeconds"),
              "https://aws.amazon.com/fargate/pricing/",
              s -> new AwsFargate(s.catalog(), s.cluster()))
          .withBilling(false, false);

  /** AWS Step Functions, its steps' work priced as Lambda. */
  public static final Info AWS_STEP_FUNCTIONS =
      new Info(
          "aws-step-functions",
          "AWS Step Functions (Lambda steps)",
          Placement.SERVERLESS,
          "aws",
          "one workflow execution a request: Express (requests and GB-hours, tiered) for runs"
              + " that fit one, Standard (state transitions, an assumed number an execution,"
              + " free tier optional) beyond; the work as Lambda requests and duration, with"
              + " API Gateway, CloudWatch Logs and a NAT gateway as on Lambda",
          "a run up to {stepfunctions.standard.maxDurationSeconds} s (Express up to"
              + " {stepfunctions.express.maxDurationSeconds} s), memory up to {lambda.maxMemoryMb}"
              + " MB a step, no GPU, no persistent connections, no state kept between requests",
          List.of(
              "stepfunctions.standard.transitions",
              "stepfunctions.express.requests",
              "stepfunctions.express.duration",
              "lambda.requests",
              "lambda.duration.x86_64",
              "lambda.duration.arm64",
              "apigateway.rest.requests",
              "apigateway.http.requests",
              "apigateway.websocket.messages",
              "apigateway.websocket.connectionMinutes",
              "apigateway.websocket.messagesPerRequest",
              "apigateway.websocket.connectionMinutesPerRequest",
              "cloudwatch.logs.ingestion",
              "nat.hour",
              "stepfunctions.standard.freeTier.transitions",
              "stepfunctions.standard.transitionsPerExecution",
              "stepfunctions.standard.maxDurationSeconds",
              "stepfunctions.express.maxDurationSeconds",
              "stepfunctions.express.billingIncrementMs",
              "stepfunctions.express.memoryChunkMb",
              "stepfunctions.express.baseMemoryMb",
              "lambda.freeTier.requests",
              "lambda.freeTier.gbSeconds",
              "lambda.maxMemoryMb",
              "lambda.provisioned.concurrency.x86_64",
              "lambda.provisioned.concurrency.arm64",
              "lambda.provisioned.duration.x86_64",
              "lambda.provisioned.duration.arm64",
              "lambda.snapstart.java"),
          "https://aws.amazon.com/step-functions/pricing/",
          s -> new AwsStepFunctions(s.catalog(), s.freeTier()));

  /** Google Cloud Run services, request-based billing. */
  public static final Info GCP_CLOUD_RUN =
      new Info(
          "gcp-cloud-run",
          "Google Cloud Run (request-based)",
          Placement.SERVERLESS,
          "gcp",
          "requests, and vCPU-seconds and GiB-seconds while a request is in flight (one request"
              + " an instance, 100 ms increments, free tier optional); Cloud Run functions are"
              + " priced the same; idle minimum instances for a cold-start-sensitive service's"
              + " peak",
          "memory up to {cloudrun.maxMemoryMb} MB, a request (or a WebSocket) up to"
              + " {cloudrun.maxRequestSeconds} s, no GPU priced, no state kept between requests",
          List.of(
              "cloudrun.request.requests",
              "cloudrun.request.vcpuSecond",
              "cloudrun.request.gibSecond",
              "cloudrun.request.freeTier.requests",
              "cloudrun.request.freeTier.vcpuSeconds",
              "cloudrun.request.freeTier.gibSeconds",
              "cloudrun.billingIncrementMs",
              "cloudrun.maxRequestSeconds",
              "cloudrun.maxMemoryMb",
              "cloudrun.minMemoryMb",
              "cloudrun.maxMemoryGibPerVcpu",
              "cloudrun.request.idleMinInstance.vcpuSecond",
              "cloudrun.request.idleMinInstance.gibSecond"),
          "https://cloud.google.com/run/pricing",
          s -> new GcpCloudRun(s.catalog(), s.freeTier()));

  /**
   * Google Cloud Run services with instance-based billing: the instances' whole lifetime, idle or
   * not. Billed for capacity, so chosen where an inventory names it or request-based billing cannot
   * take the service.
   */
  public static final Info GCP_CLOUD_RUN_INSTANCE =
      new Info(
              "gcp-cloud-run-instance",
              "Google Cloud Run (instance-based)",
              Placement.SERVERLESS,
              "gcp",
              "vCPU-seconds and GiB-seconds of instances for their lifetime, as many as the busy"
                  + " cores need at the target utilisation at the peak and off-peak (at least one,"
                  + " none without work), no request fee, free tier optional",
              "as request-based: memory up to {cloudrun.maxMemoryMb} MB, a request (or a WebSocket)"
                  + " up to {cloudrun.maxRequestSeconds} s, no GPU priced, no state kept between"
                  + " requests",
              List.of(
                  "cloudrun.instance.vcpuSecond",
                  "cloudrun.instance.gibSecond",
                  "cloudrun.instance.freeTier.vcpuSeconds",
                  "cloudrun.instance.freeTier.gibSeconds",
                  "cloudrun.maxRequestSeconds",
                  "cloudrun.maxMemoryMb",
                  "cloudrun.minMemoryMb",
                  "cloudrun.maxMemoryGibPerVcpu"),
              "https://cloud.google.com/run/pricing",
              s -> new GcpCloudRun(s.catalog(), s.freeTier(), s.cluster()))
          .withBilling(false, false);

  /** Google Kubernetes Engine, Standard mode: a zonal cluster of Compute Engine nodes. */
  public static final Info GCP_GKE_STANDARD =
      new Info(
          "gcp-gke-standard",
          "Google Kubernetes Engine (Standard, zonal)",
          Placement.KUBERNETES,
          "gcp",
          "Compute Engine nodes ("
              + GcpGkeStandard.DEFAULT_NODE_TYPE
              + " unless the cluster names a Compute Engine type)"
              + " sized from CPU and memory at a target utilisation, the cluster management fee"
              + " less the free tier credit (optional)",
          "a GPU only with a Compute Engine GPU machine type in the catalog (none is bundled);"
              + " runs only in Google Cloud",
          List.of("gke.clusterFee", "gke.freeTierCredit"),
          "https://cloud.google.com/kubernetes-engine/pricing",
          s -> new GcpGkeStandard(s.catalog(), s.cluster(), s.freeTier()));

  /** Google Kubernetes Engine, Autopilot mode: Pods billed by their resource requests. */
  public static final Info GCP_GKE_AUTOPILOT =
      new Info(
              "gcp-gke-autopilot",
              "Google Kubernetes Engine (Autopilot)",
              Placement.KUBERNETES,
              "gcp",
              "the Pods' vCPU and memory requests by the hour, the cluster management fee less the"
                  + " free tier credit (optional)",
              "no GPU Pod priced; runs only in Google Cloud",
              List.of(
                  "gke.autopilot.vcpuHour",
                  "gke.autopilot.gibHour",
                  "gke.clusterFee",
                  "gke.freeTierCredit"),
              "https://cloud.google.com/kubernetes-engine/pricing",
              s -> new GcpGkeAutopilot(s.catalog(), s.cluster(), s.freeTier()))
          .withBilling(false, false)
          .runAs(Operations.Kind.MANAGED_CLUSTER);

  /**
   * AWS Lambda with Provisioned Concurrency: environments kept warm for the peak, so no request
   * waits for a cold start. Billed for capacity (the environments are paid while idle): the engine
   * chooses it only where the inventory names it.
   */
  public static final Info AWS_LAMBDA_PROVISIONED =
      new Info(
              "aws-lambda-provisioned",
              "AWS Lambda with Provisioned Concurrency",
              Placement.SERVERLESS,
              "aws",
              "Lambda's lines with the duration replaced: environments for the peak concurrency"
                  + " kept warm all month (GB-seconds of provisioned concurrency) and every"
                  + " invocation's duration at the provisioned rate; no free tier",
              "as Lambda: memory from {lambda.minMemoryMb} to {lambda.maxMemoryMb} MB, a run up to"
                  + " {lambda.maxDurationSeconds} s, no GPU, persistent connections only through a"
                  + " WebSocket API (apiGateway: websocket), no state kept between requests",
              List.of(
                  "lambda.requests",
                  "lambda.provisioned.concurrency.x86_64",
                  "lambda.provisioned.concurrency.arm64",
                  "lambda.provisioned.duration.x86_64",
                  "lambda.provisioned.duration.arm64",
                  "apigateway.rest.requests",
                  "apigateway.http.requests",
                  "apigateway.websocket.messages",
                  "apigateway.websocket.connectionMinutes",
                  "apigateway.websocket.messagesPerRequest",
                  "apigateway.websocket.connectionMinutesPerRequest",
                  "cloudwatch.logs.ingestion",
                  "nat.hour",
                  "lambda.maxDurationSeconds",
                  "lambda.maxMemoryMb",
                  "lambda.minMemoryMb",
                  "alb.hour",
                  "alb.lcu",
                  "alb.lcu.newConnectionsPerSecond"),
              "https://aws.amazon.com/lambda/pricing/",
              s -> new AwsLambda(s.catalog(), s.freeTier(), true))
          .withBilling(false, false);

  /** Azure Functions on the Consumption plan (East US). */
  public static final Info AZURE_FUNCTIONS =
      new Info(
          "azure-functions",
          "Azure Functions (Consumption)",
          Placement.SERVERLESS,
          "azure",
          "executions and GB-seconds of each execution, memory rounded up to 128 MB and time to"
              + " the millisecond (at least 100 ms), less the subscription's monthly free grant"
              + " (optional)",
          "memory up to {azurefunctions.consumption.maxMemoryMb} MB, a run up to"
              + " {azurefunctions.consumption.maxDurationSeconds} s, no GPU, no persistent"
              + " connections, no state kept between executions, not cold-start sensitive (no"
              + " instance is kept warm)",
          List.of(
              "azurefunctions.consumption.executions",
              "azurefunctions.consumption.gbSecond",
              "azurefunctions.consumption.freeGrant.executions",
              "azurefunctions.consumption.freeGrant.gbSeconds",
              "azurefunctions.consumption.memoryRoundingMb",
              "azurefunctions.consumption.maxMemoryMb",
              "azurefunctions.consumption.minimumBillableMs",
              "azurefunctions.consumption.durationRoundingMs",
              "azurefunctions.consumption.maxDurationSeconds"),
          "https://azure.microsoft.com/en-us/pricing/details/functions/",
          s -> new AzureFunctions(s.catalog(), s.freeTier()));

  /** Azure Functions on the Flex Consumption plan, on demand (East US). */
  public static final Info AZURE_FUNCTIONS_FLEX =
      new Info(
          "azure-functions-flex",
          "Azure Functions (Flex Consumption)",
          Placement.SERVERLESS,
          "azure",
          "executions, and GB-seconds of the smallest instance memory that holds the service"
              + " while instances are active (executions overlapping up to the instance's"
              + " concurrency, at least 1,000 ms an activity period), less the subscription's"
              + " monthly free grant (optional); always-ready instances for a cold-start-sensitive"
              + " service's peak",
          "memory up to {azurefunctions.flex.instanceMemoryMb.large} MB, a run up to"
              + " {azurefunctions.flex.maxDurationSeconds} s, no GPU, no persistent connections,"
              + " no state kept between executions",
          AzureFunctionsFlex.ENTRIES,
          "https://azure.microsoft.com/en-us/pricing/details/functions/",
          s -> new AzureFunctionsFlex(s.catalog(), s.freeTier()));

  /** Azure Container Apps on the Consumption plan (East US). */
  public static final Info AZURE_CONTAINER_APPS =
      new Info(
          "azure-container-apps",
          "Azure Container Apps (Consumption)",
          Placement.SERVERLESS,
          "azure",
          "requests, and the vCPU-seconds and GiB-seconds of replicas sized from memory while they"
              + " run (requests overlapping up to the scale rule's concurrency, a replica kept"
              + " for the cool-down after a request), less the subscription's monthly free grants"
              + " (optional); replicas scale to zero",
          "a replica of up to {containerapps.maxVcpu} vCPU and {containerapps.gibPerVcpu} GiB a"
              + " vCPU, a request up to {containerapps.requestTimeoutSeconds} s, no GPU priced, no"
              + " state kept in a replica",
          List.of(
              "containerapps.requests",
              "containerapps.vcpuSecond.active",
              "containerapps.gibSecond.active",
              "containerapps.freeGrant.requests",
              "containerapps.freeGrant.vcpuSeconds",
              "containerapps.freeGrant.gibSeconds",
              "containerapps.concurrentRequests",
              "containerapps.cooldownSeconds",
              "containerapps.vcpuStep",
              "containerapps.gibPerVcpu",
              "containerapps.maxVcpu",
              "containerapps.requestTimeoutSeconds"),
          "https://azure.microsoft.com/en-us/pricing/details/container-apps/",
          s -> new AzureContainerApps(s.catalog(), s.freeTier()));

  /** Azure Kubernetes Service: Azure virtual machine nodes, the Free or Standard tier (East US). */
  public static final Info AZURE_AKS =
      new Info(
          "azure-aks",
          "Azure Kubernetes Service",
          Placement.KUBERNETES,
          "azure",
          "Azure virtual machine nodes ("
              + AzureAks.DEFAULT_NODE
              + " unless the cluster names an Azure machine) sized from CPU and memory at a target"
              + " utilisation; the Free tier (no cluster charge), or the Standard tier's cluster"
              + " fee when the catalog's aks.standardTier is 1; no load balancer",
          "a GPU only with an Azure GPU machine in the catalog (none is bundled); runs only in"
              + " Azure",
          List.of("aks.tier.free", "aks.tier.standard", "aks.standardTier"),
          "https://azure.microsoft.com/en-us/pricing/details/kubernetes-service/",
          s -> new AzureAks(s.catalog(), s.cluster()));

  /** Amazon EKS Auto Mode: EKS's nodes, plus Auto Mode's management fee on each. */
  public static final Info AWS_EKS_AUTO =
      new Info(
              "aws-eks-auto",
              "Amazon EKS (Auto Mode)",
              Placement.KUBERNETES,
              "aws",
              "EC2 nodes sized as for EKS node groups (GPU nodes for GPU services) plus Auto Mode's"
                  + " management fee per instance-hour of each node, the control plane, an"
                  + " application load balancer and its capacity units",
              "runs only in AWS regions; the node type (and a GPU service's GPU node type) needs an"
                  + " Auto Mode fee in the pricing catalog",
              concat(
                  List.of(
                      "eks.controlPlane",
                      "alb.hour",
                      "alb.lcu",
                      "alb.lcu.newConnectionsPerSecond",
                      "alb.lcu.activeConnectionsPerMinute",
                      "alb.lcu.processedGbPerHour",
                      "alb.lcu.ruleEvaluationsPerSecond"),
                  autoModeFees(
                      "t3.small",
                      "t3.medium",
                      "t3.large",
                      "t3.xlarge",
                      "t3.2xlarge",
                      "m5.large",
                      "m5.xlarge",
                      "m5.2xlarge",
                      "m5.4xlarge",
                      "c5.large",
                      "c5.xlarge",
                      "c5.2xlarge",
                      "c5.4xlarge",
                      "m6g.large",
                      "m6g.xlarge",
                      "m6g.2xlarge",
                      "m7g.large",
                      "m7g.xlarge",
                      "m7g.2xlarge",
                      "c6g.large",
                      "c6g.xlarge",
                      "c7g.large",
                      "c7g.xlarge",
                      "r5.large",
                      "r5.xlarge",
                      "g4dn.xlarge",
                      "g5.xlarge")),
              "https://aws.amazon.com/eks/pricing/",
              s -> new AwsEksAuto(s.catalog(), s.cluster(), s.instanceTypeWhere()))
          .runAs(Operations.Kind.MANAGED_CLUSTER);

  /** Amazon EKS Hybrid Nodes: on-premises machines joined to an EKS control plane. */
  public static final Info AWS_EKS_HYBRID_NODES =
      new Info(
          "aws-eks-hybrid-nodes",
          "Amazon EKS Hybrid Nodes",
          Placement.KUBERNETES,
          "aws",
          "the vCPU of on-premises nodes (the shape of the cluster's instance type) sized from"
              + " CPU and memory at a target utilisation, per vCPU-hour (tiered), and the control"
              + " plane; your own machines, power and network are not priced",
          "only services that must run on premises (onPremises: true)",
          List.of("eks.hybridNodes.vcpuHour", "eks.controlPlane"),
          "https://aws.amazon.com/eks/pricing/",
          s -> new AwsEksHybridNodes(s.catalog(), s.cluster(), s.instanceTypeWhere()));

  /** The catalog ids of Auto Mode's fee for these EC2 instance types. */
  private static List<String> autoModeFees(String... types) {
    return java.util.Arrays.stream(types).map(AwsEksAuto::feeId).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  /** Fastly Compute, usage-based, with Fastly's monthly minimum. */
  public static final Info FASTLY_COMPUTE =
      new Info(
          "fastly-compute",
          "Fastly Compute",
          Placement.WASM_EDGE,
          "fastly",
          "requests and vCPU time (CPU, not wall time) beyond the monthly free allowances (free"
              + " tier optional), with the account's monthly minimum, which usage counts towards",
          "heap up to {fastly.compute.maxHeapMb} MB, CPU time up to"
              + " {fastly.compute.maxCpuMsPerRequest} ms and a run up to"
              + " {fastly.compute.maxRuntimeSeconds} s an execution, no GPU, no persistent"
              + " connections (WebSockets pass to an origin or to Fanout, not priced), no state"
              + " kept in the instance, a runtime that compiles to WebAssembly",
          List.of(
              "fastly.monthlyMinimum",
              "fastly.compute.requests",
              "fastly.compute.vcpuMs",
              "fastly.compute.freeTier.requests",
              "fastly.compute.freeTier.vcpuMs",
              "fastly.compute.maxHeapMb",
              "fastly.compute.maxCpuMsPerRequest",
              "fastly.compute.maxRuntimeSeconds",
              FastlyCompute.COLD_START),
          "https://www.fastly.com/pricing",
          s -> new FastlyCompute(s.catalog(), s.freeTier()));

  /** Spin apps on Fermyon Cloud, Growth plan: a quota plan, not a meter. */
  public static final Info FERMYON_SPIN =
      new Info(
          "fermyon-spin",
          "Fermyon Cloud (Spin apps, Growth plan)",
          Placement.WASM_EDGE,
          "fermyon",
          "the Growth plan's monthly fee, shared by requests, for up to the plan's request"
              + " executions a month (a quota, not a meter)",
          "up to {fermyon.cloud.growth.requestExecutions} requests a month (the Growth plan's"
              + " quota; no price is published above it), a request up to"
              + " {fermyon.cloud.maxRequestSeconds} s, no GPU, no persistent connections, no"
              + " state kept in the instance, a runtime that compiles to WebAssembly; no memory"
              + " limit is published",
          List.of(
              "fermyon.cloud.growth",
              "fermyon.cloud.growth.requestExecutions",
              "fermyon.cloud.maxRequestSeconds",
              FermyonSpin.COLD_START),
          "https://www.fermyon.com/pricing",
          s -> new FermyonSpin(s.catalog()));

  /** wasmCloud hosts on an EKS cluster of your own: Wasm on the edge class, billed as nodes. */
  public static final Info WASMCLOUD =
      new Info(
              "wasmcloud",
              "wasmCloud (hosts on your EKS nodes)",
              Placement.WASM_EDGE,
              "wasmcloud",
              "the Wasm hosts' cluster as aws-eks prices it: EC2 nodes sized from CPU and memory at"
                  + " a target utilisation, the control plane, an application load balancer and its"
                  + " capacity units (wasmCloud itself is open source)",
              "memory up to one node's (the cluster's instance type), no GPU, no persistent"
                  + " connections, no state kept in a component instance across requests, a runtime"
                  + " that compiles to WebAssembly; runs on the cluster's EKS nodes in AWS",
              AWS_EKS.prices(),
              "https://aws.amazon.com/eks/pricing/",
              s -> new WasmCloud(s.catalog(), s.cluster(), s.instanceTypeWhere()))
          .withBilling(true, false)
          .runAs(Operations.Kind.CLUSTER);

  /**
   * EKS node groups with KEDA scaling batch and event-driven work to zero: the same cluster, the
   * service's replicas following its work.
   */
  public static final Info AWS_EKS_KEDA =
      new Info(
          "aws-eks-keda",
          "Amazon EKS (node groups) with KEDA scale-to-zero",
          Placement.KUBERNETES,
          "aws",
          "as aws-eks, with the service's replicas scaled to zero between events: one per busy"
              + " core at the peak and off-peak instead of two or more (KEDA is open source)",
          "batch and event-driven work only; runs only in AWS regions",
          AWS_EKS.prices(),
          "https://keda.sh/docs/latest/concepts/scaling-deployments/",
          s -> new AwsEksKeda(s.catalog(), s.cluster(), s.instanceTypeWhere()));

  /** The ids of the platforms that are options of another: see {@link Info#option}. */
  private static final java.util.Set<String> OPTIONS =
      java.util.Set.of(
          "aws-lambda-provisioned", "aws-eks-auto", "aws-eks-keda", "gcp-cloud-run-instance");

  /** Every registered platform, in the order reports list them. */
  public static final List<Info> ALL =
      List.of(
          AWS_LAMBDA,
          AWS_EKS,
          CLOUDFLARE_WORKERS,
          AWS_FARGATE,
          AWS_STEP_FUNCTIONS,
          AWS_LAMBDA_PROVISIONED,
          AWS_EKS_AUTO,
          AWS_EKS_HYBRID_NODES,
          AWS_EKS_KEDA,
          GCP_CLOUD_RUN,
          GCP_CLOUD_RUN_INSTANCE,
          GCP_GKE_STANDARD,
          GCP_GKE_AUTOPILOT,
          AZURE_FUNCTIONS,
          AZURE_FUNCTIONS_FLEX,
          AZURE_CONTAINER_APPS,
          AZURE_AKS,
          FASTLY_COMPUTE,
          FERMYON_SPIN,
          WASMCLOUD);

  /** The ids, for messages: "aws-lambda, aws-eks or cloudflare-workers". */
  public static List<String> ids() {
    return Registered.ids(ALL);
  }

  /** The platform with this id, or null. */
  public static Info byId(String id) {
    return Registered.byId(ALL, id);
  }

  /** Every platform as the listings show it, its limits with {@code catalog}'s values. */
  public static List<PlatformEntry> entries(dev.placementadvisor.pricing.PriceCatalog catalog) {
    return ALL.stream().map(p -> p.entry(catalog)).toList();
  }
}

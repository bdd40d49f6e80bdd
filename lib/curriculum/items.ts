import type { DocLink, Item, ItemSection, StepId, TipGroupId } from "./types";

/**
 * Every study item, in learning-path order: step 1 → 4, then the study-tip
 * groups. Ids are permanent (progress rows point at them): never change one;
 * if you must, record the rename in `renames.ts`. Add new ids to
 * `known-ids.ts`.
 *
 * Items whose `certs` hold both exams are shared: one tick counts for both.
 * `domains` / `taskStatements` refer to ids in `certifications.ts`; items that
 * go beyond the associate exams (step 4) or are pure orientation carry no
 * domain so they don't skew exam readiness.
 */

const step = (id: StepId): ItemSection => ({ kind: "step", step: id });
const tip = (id: TipGroupId): ItemSection => ({ kind: "tip", group: id });
const link = (title: string, url: string): DocLink => ({ title, url });

export const items: Item[] = [
  // ───────────────────────── Step 1: fundamentals (shared) ─────────────────────────
  {
    id: "cloud-computing-basics",
    title: "What cloud computing changes",
    summary:
      "Understand on-demand capacity, pay-as-you-go pricing, elasticity and the difference between IaaS, PaaS and SaaS. Every later topic builds on the idea that capacity is rented by the second and managed services take undifferentiated work off your hands.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: [],
    taskStatements: [],
    skills: ["cloud-architecture"],
    services: [],
    minutes: 45,
    links: [
      link("What is cloud computing?", "https://aws.amazon.com/what-is-cloud-computing/"),
      link(
        "Six advantages of cloud computing",
        "https://docs.aws.amazon.com/whitepapers/latest/aws-overview/six-advantages-of-cloud-computing.html",
      ),
    ],
  },
  {
    id: "aws-global-infrastructure",
    title: "Regions, Availability Zones and edge locations",
    summary:
      "Learn how a Region is built from isolated Availability Zones and how edge locations serve CloudFront and Route 53. Practise choosing a Region by latency, data-residency rules, service availability and price.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d1", "saa-c03-d2", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-1.1", "saa-c03-2.2", "dva-c02-1.1", "dva-c03-1.1"],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: ["AWS Regions", "Availability Zones", "Amazon CloudFront"],
    minutes: 30,
    links: [
      link("AWS Global Infrastructure", "https://aws.amazon.com/about-aws/global-infrastructure/"),
      link(
        "Regions and Availability Zones",
        "https://aws.amazon.com/about-aws/global-infrastructure/regions_az/",
      ),
    ],
  },
  {
    id: "shared-responsibility-model",
    title: "The shared responsibility model",
    summary:
      "AWS secures the cloud itself; you secure what you put in it, from IAM and data to operating systems and network rules. Notice how your share shrinks as you move from EC2 to managed and serverless services.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d1", "dva-c02-d2", "dva-c03-d2"],
    taskStatements: ["saa-c03-1.1", "dva-c02-2.1", "dva-c03-2.1"],
    skills: ["security-architecture"],
    services: [],
    minutes: 20,
    links: [
      link("Shared responsibility model", "https://aws.amazon.com/compliance/shared-responsibility-model/"),
    ],
  },
  {
    id: "well-architected-framework",
    title: "The AWS Well-Architected Framework",
    summary:
      "Read the six pillars: operational excellence, security, reliability, performance efficiency, cost optimization and sustainability. Exam answers are usually the option that best honours these pillars for the stated requirement.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d2", "saa-c03-d4", "dva-c02-d4", "dva-c03-d4"],
    taskStatements: ["saa-c03-2.2", "saa-c03-4.2", "dva-c02-4.3", "dva-c03-4.3"],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: ["AWS Well-Architected Tool"],
    minutes: 60,
    links: [
      link(
        "AWS Well-Architected Framework",
        "https://docs.aws.amazon.com/wellarchitected/latest/framework/welcome.html",
      ),
    ],
  },
  {
    id: "secure-account-setup",
    title: "Set up and lock down your AWS account",
    summary:
      "Create a study account, turn on MFA for the root user and stop using root for daily work. Add an everyday admin identity through IAM Identity Center and a monthly AWS Budgets alert so experiments never surprise you on the bill.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d1", "saa-c03-d4", "dva-c02-d2", "dva-c03-d2"],
    taskStatements: ["saa-c03-1.1", "saa-c03-4.2", "dva-c02-2.1", "dva-c03-2.1"],
    skills: ["security-architecture"],
    services: ["AWS IAM", "AWS IAM Identity Center", "AWS Budgets"],
    minutes: 45,
    links: [
      link(
        "Root user best practices",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html",
      ),
      link(
        "Managing costs with AWS Budgets",
        "https://docs.aws.amazon.com/cost-management/latest/userguide/budgets-managing-costs.html",
      ),
      link("AWS Free Tier", "https://aws.amazon.com/free/"),
    ],
  },
  {
    id: "iam-basics",
    title: "IAM users, groups, roles and policies",
    summary:
      "Learn the building blocks of AWS identity: principals, JSON policies with Effect, Action, Resource and Condition, and roles that hand out temporary credentials. Prefer roles over long-lived access keys everywhere you can.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d1", "dva-c02-d2", "dva-c03-d2"],
    taskStatements: ["saa-c03-1.1", "dva-c02-2.1", "dva-c03-2.1"],
    skills: ["security-architecture"],
    services: ["AWS IAM", "AWS STS"],
    minutes: 60,
    links: [
      link("What is IAM?", "https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html"),
      link(
        "Security best practices in IAM",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html",
      ),
    ],
  },
  {
    id: "aws-cli-and-sdk-setup",
    title: "Install and configure the AWS CLI and an SDK",
    summary:
      "Install the AWS CLI, sign in with IAM Identity Center and use named profiles. Make a first SDK call in your language of choice and see how the default credential provider chain finds credentials without any keys in code.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d1", "dva-c02-d1", "dva-c02-d2", "dva-c03-d1", "dva-c03-d2"],
    taskStatements: ["saa-c03-1.1", "dva-c02-1.1", "dva-c02-2.1", "dva-c03-1.1", "dva-c03-2.1"],
    skills: ["devops-tools", "programming"],
    services: ["AWS CLI", "AWS SDKs"],
    minutes: 60,
    links: [
      link(
        "Get started with the AWS CLI",
        "https://docs.aws.amazon.com/cli/latest/userguide/cli-chap-getting-started.html",
      ),
      link(
        "Standardized credential providers",
        "https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html",
      ),
    ],
  },
  {
    id: "ec2-first-instance",
    title: "Launch and connect to an EC2 instance",
    summary:
      "Launch an instance from an AMI, pick an instance type, attach a security group and an instance profile, and connect with Session Manager instead of opening SSH. Bootstrap it with user data, then stop and terminate it to see what happens to the EBS volume.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d3", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-3.2", "dva-c02-1.1", "dva-c03-1.1"],
    skills: ["infrastructure-design"],
    services: ["Amazon EC2", "Amazon EBS", "AWS Systems Manager"],
    minutes: 90,
    links: [
      link(
        "Get started with Amazon EC2",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EC2_GetStarted.html",
      ),
      link(
        "Amazon EC2 instance types",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html",
      ),
    ],
  },
  {
    id: "s3-first-bucket",
    title: "Store and protect objects in Amazon S3",
    summary:
      "Create a bucket, upload objects, and explore keys, prefixes, versioning and Block Public Access. Get a first look at the storage classes that later questions expect you to choose between.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d1", "saa-c03-d3", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-1.3", "saa-c03-3.1", "dva-c02-1.3", "dva-c03-1.3"],
    skills: ["infrastructure-design"],
    services: ["Amazon S3"],
    minutes: 60,
    links: [
      link(
        "Getting started with Amazon S3",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/GetStartedWithS3.html",
      ),
      link(
        "Amazon S3 storage classes",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
      ),
    ],
  },
  {
    id: "vpc-networking-basics",
    title: "VPC networking basics",
    summary:
      "Build a VPC by hand with public and private subnets in two Availability Zones, an internet gateway, a NAT gateway and route tables. Learn what CIDR ranges, security groups and network ACLs each control.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d1", "saa-c03-d3", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-1.2", "saa-c03-3.4", "dva-c02-1.2", "dva-c03-1.2"],
    skills: ["networking", "infrastructure-design"],
    services: ["Amazon VPC"],
    minutes: 90,
    links: [
      link("What is Amazon VPC?", "https://docs.aws.amazon.com/vpc/latest/userguide/what-is-amazon-vpc.html"),
      link("NAT gateways", "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html"),
    ],
  },
  {
    id: "databases-overview",
    title: "Relational, key-value and in-memory databases on AWS",
    summary:
      "Compare Amazon RDS and Aurora for relational data, DynamoDB for key-value access at any scale, and ElastiCache for in-memory caching. Learn DynamoDB's basic vocabulary of tables, items, partition and sort keys, and on-demand versus provisioned capacity.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d3", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-3.3", "dva-c02-1.3", "dva-c03-1.3"],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: ["Amazon RDS", "Amazon Aurora", "Amazon DynamoDB", "Amazon ElastiCache"],
    minutes: 75,
    links: [
      link("What is Amazon RDS?", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Welcome.html"),
      link(
        "DynamoDB core components",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html",
      ),
    ],
  },
  {
    id: "lambda-serverless-intro",
    title: "Your first Lambda function",
    summary:
      "Write a small function, trigger it from the console and from an S3 upload, and read its output in CloudWatch Logs. See what serverless means in practice: no servers to patch, scaling per request and billing per millisecond of run time.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d2", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-2.1", "dva-c02-1.2", "dva-c03-1.2"],
    skills: ["programming", "cloud-architecture"],
    services: ["AWS Lambda", "Amazon S3", "Amazon CloudWatch"],
    minutes: 60,
    links: [link("What is AWS Lambda?", "https://docs.aws.amazon.com/lambda/latest/dg/welcome.html")],
  },
  {
    id: "monitoring-basics",
    title: "CloudWatch and CloudTrail basics",
    summary:
      "Find the built-in metrics for the resources you launched, create an alarm that notifies you through SNS, and browse log groups. Then open CloudTrail event history to see who called which API, and when.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d2", "dva-c02-d4", "dva-c03-d4"],
    taskStatements: ["saa-c03-2.2", "dva-c02-4.1", "dva-c03-4.1"],
    skills: ["devops-tools"],
    services: ["Amazon CloudWatch", "AWS CloudTrail", "Amazon SNS"],
    minutes: 45,
    links: [
      link(
        "What is Amazon CloudWatch?",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/WhatIsCloudWatch.html",
      ),
      link(
        "What is AWS CloudTrail?",
        "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-user-guide.html",
      ),
    ],
  },
  {
    id: "cloud-practitioner-option",
    title: "Optional: the Foundational Cloud Practitioner exam",
    summary:
      "Decide whether a Foundational badge is worth it for you before an associate exam. It suits people new to IT or in non-technical roles; if you already work hands-on, you can usually go straight to an associate exam.",
    section: step("fundamentals"),
    certs: ["architect", "developer"],
    domains: [],
    taskStatements: [],
    skills: ["cloud-architecture"],
    services: [],
    optional: true,
    minutes: 20,
    links: [
      link(
        "AWS Certified Cloud Practitioner",
        "https://aws.amazon.com/certification/certified-cloud-practitioner/",
      ),
    ],
  },

  // ───────────────────────── Step 2: associate exam — shared ─────────────────────────
  {
    id: "iam-policy-evaluation",
    title: "How AWS evaluates permissions",
    summary:
      "Work through the evaluation logic: an explicit deny always wins, and otherwise an action needs an allow that no SCP, permissions boundary or session policy takes away. Practise reading identity-based and resource-based policies side by side, including cross-account access.",
    section: step("associate"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d1", "dva-c02-d2", "dva-c03-d2"],
    taskStatements: ["saa-c03-1.1", "dva-c02-2.1", "dva-c03-2.1"],
    skills: ["security-architecture"],
    services: ["AWS IAM", "AWS Organizations", "AWS STS"],
    minutes: 90,
    links: [
      link(
        "Policy evaluation logic",
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html",
      ),
      link("IAM roles", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html"),
    ],
  },
  {
    id: "kms-encryption-essentials",
    title: "Encryption with AWS KMS",
    summary:
      "Learn the difference between AWS managed and customer managed keys, how key policies and grants control use, and how envelope encryption protects large data with data keys. Know what automatic key rotation does and how other services use KMS for encryption at rest.",
    section: step("associate"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d1", "dva-c02-d2", "dva-c03-d2"],
    taskStatements: ["saa-c03-1.3", "dva-c02-2.2", "dva-c03-2.2"],
    skills: ["security-architecture"],
    services: ["AWS KMS"],
    minutes: 90,
    links: [
      link("AWS KMS concepts", "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html"),
      link(
        "Key policies in AWS KMS",
        "https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html",
      ),
      link("Rotating AWS KMS keys", "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html"),
    ],
  },
  {
    id: "sqs-sns-messaging",
    title: "Queues and topics: SQS and SNS",
    summary:
      "Compare SQS standard and FIFO queues, and learn visibility timeouts, long polling and dead-letter queues. Pair them with SNS topics for fan-out and use subscription filter policies so each consumer only receives the messages it cares about.",
    section: step("associate"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d2", "dva-c02-d1", "dva-c02-d4", "dva-c03-d1", "dva-c03-d4"],
    taskStatements: ["saa-c03-2.1", "dva-c02-1.1", "dva-c02-4.3", "dva-c03-1.1", "dva-c03-4.3"],
    skills: ["cloud-architecture", "programming"],
    services: ["Amazon SQS", "Amazon SNS"],
    minutes: 90,
    links: [
      link(
        "What is Amazon SQS?",
        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/welcome.html",
      ),
      link(
        "SQS visibility timeout",
        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html",
      ),
      link("SNS message filtering", "https://docs.aws.amazon.com/sns/latest/dg/sns-message-filtering.html"),
    ],
  },
  {
    id: "cloudformation-basics",
    title: "Infrastructure as code with CloudFormation",
    summary:
      "Write a template with parameters, resources and outputs, deploy it as a stack and change it safely through change sets. Understand rollback on failure and drift detection, which both exams treat as the way to keep environments consistent.",
    section: step("associate"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d2", "dva-c02-d3", "dva-c03-d3"],
    taskStatements: ["saa-c03-2.2", "dva-c02-3.3", "dva-c02-3.4", "dva-c03-3.3"],
    skills: ["devops-tools", "infrastructure-design"],
    services: ["AWS CloudFormation"],
    minutes: 120,
    links: [
      link(
        "What is AWS CloudFormation?",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/Welcome.html",
      ),
      link(
        "Update stacks using change sets",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-changesets.html",
      ),
    ],
  },

  // ───────────────────────── Step 2: Solutions Architect – Associate ─────────────────────────
  {
    id: "saa-exam-guide",
    title: "SAA-C03: read the exam guide and plan by domain weight",
    summary:
      "Read the official guide end to end: 65 questions (15 of them unscored), 130 minutes, a scaled score from 100 to 1,000 with 720 to pass, and no penalty for guessing. Split your study time roughly by the domain weights of 30, 26, 24 and 20 percent.",
    section: step("associate"),
    certs: ["architect"],
    domains: [],
    taskStatements: [],
    skills: ["cloud-architecture"],
    services: [],
    minutes: 45,
    links: [
      link(
        "SAA-C03 exam guide",
        "https://docs.aws.amazon.com/aws-certification/latest/solutions-architect-associate-03/solutions-architect-associate-03.html",
      ),
      link(
        "AWS Certified Solutions Architect – Associate",
        "https://aws.amazon.com/certification/certified-solutions-architect-associate/",
      ),
    ],
  },
  {
    id: "saa-multi-account-governance",
    title: "Multi-account security with Organizations and SCPs",
    summary:
      "Design an account structure with AWS Organizations, organizational units and service control policies, remembering that SCPs only limit permissions and never grant them. Know when Control Tower, IAM Identity Center and cross-account roles are the expected answer.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d1"],
    taskStatements: ["saa-c03-1.1"],
    skills: ["security-architecture", "cloud-architecture"],
    services: ["AWS Organizations", "AWS Control Tower", "AWS IAM Identity Center"],
    minutes: 90,
    links: [
      link(
        "What is AWS Organizations?",
        "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html",
      ),
      link(
        "Service control policies",
        "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html",
      ),
      link(
        "What is AWS Control Tower?",
        "https://docs.aws.amazon.com/controltower/latest/userguide/what-is-control-tower.html",
      ),
    ],
  },
  {
    id: "saa-vpc-security-design",
    title: "Secure VPC design: subnets, security groups and NACLs",
    summary:
      "Layer network controls: stateful security groups on resources, stateless network ACLs on subnets, private subnets for application and data tiers, and NAT gateways for outbound-only access. Use VPC endpoints to reach AWS services privately and Session Manager instead of bastion hosts.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d1"],
    taskStatements: ["saa-c03-1.2"],
    skills: ["networking", "security-architecture"],
    services: ["Amazon VPC", "AWS PrivateLink", "AWS Systems Manager"],
    minutes: 120,
    links: [
      link("Security groups", "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"),
      link("Network ACLs", "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html"),
      link("Gateway endpoints", "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html"),
    ],
  },
  {
    id: "saa-threat-protection",
    title: "Protecting workloads: WAF, Shield, GuardDuty and Macie",
    summary:
      "Match each security service to the threat it addresses: AWS WAF for SQL injection and other web exploits, Shield for DDoS, GuardDuty for threat detection and Macie for sensitive data in S3. Scenario questions often hinge on picking the managed service rather than building your own.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d1"],
    taskStatements: ["saa-c03-1.2"],
    skills: ["security-architecture"],
    services: ["AWS WAF", "AWS Shield", "Amazon GuardDuty", "Amazon Macie"],
    minutes: 60,
    links: [
      link("AWS WAF", "https://docs.aws.amazon.com/waf/latest/developerguide/waf-chapter.html"),
      link(
        "What is Amazon GuardDuty?",
        "https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html",
      ),
      link("What is Amazon Macie?", "https://docs.aws.amazon.com/macie/latest/user/what-is-macie.html"),
    ],
  },
  {
    id: "saa-hybrid-connectivity",
    title: "Hybrid connectivity: VPN, Direct Connect and Transit Gateway",
    summary:
      "Compare Site-to-Site VPN over the internet with a dedicated Direct Connect link for bandwidth, latency and set-up time, and know when to combine them for resilience. Use Transit Gateway as the hub once many VPCs and on-premises networks must talk to each other.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d1", "saa-c03-d3"],
    taskStatements: ["saa-c03-1.2", "saa-c03-3.4"],
    skills: ["networking"],
    services: ["AWS Site-to-Site VPN", "AWS Direct Connect", "AWS Transit Gateway"],
    minutes: 90,
    links: [
      link("What is AWS Site-to-Site VPN?", "https://docs.aws.amazon.com/vpn/latest/s2svpn/VPC_VPN.html"),
      link(
        "What is AWS Direct Connect?",
        "https://docs.aws.amazon.com/directconnect/latest/UserGuide/Welcome.html",
      ),
      link(
        "What is a transit gateway?",
        "https://docs.aws.amazon.com/vpc/latest/tgw/what-is-transit-gateway.html",
      ),
    ],
  },
  {
    id: "saa-data-protection-controls",
    title: "Data protection controls: encryption, certificates and retention",
    summary:
      "Choose between SSE-S3, SSE-KMS and client-side encryption, encrypt EBS and RDS at rest, and terminate TLS with certificates from ACM. Protect data from deletion with S3 versioning, Object Lock and backups, and enforce rules with AWS Config.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d1"],
    taskStatements: ["saa-c03-1.3"],
    skills: ["security-architecture"],
    services: ["Amazon S3", "AWS KMS", "AWS Certificate Manager", "AWS Config"],
    minutes: 90,
    links: [
      link(
        "Protecting data with server-side encryption",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/serv-side-encryption.html",
      ),
      link("S3 Object Lock", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html"),
      link(
        "What is AWS Certificate Manager?",
        "https://docs.aws.amazon.com/acm/latest/userguide/acm-overview.html",
      ),
    ],
  },
  {
    id: "saa-loose-coupling",
    title: "Loosely coupled designs with queues, events and workflows",
    summary:
      "Break a tightly coupled application apart with SQS buffers, EventBridge routing and Step Functions workflows so one slow or failed component no longer takes the rest down. Keep compute stateless and push state into managed stores so each tier can scale on its own.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d2"],
    taskStatements: ["saa-c03-2.1"],
    skills: ["cloud-architecture", "infrastructure-design", "api-development"],
    services: ["Amazon SQS", "Amazon EventBridge", "AWS Step Functions", "Amazon API Gateway"],
    minutes: 90,
    links: [
      link(
        "What is Amazon EventBridge?",
        "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-what-is.html",
      ),
      link("What is Step Functions?", "https://docs.aws.amazon.com/step-functions/latest/dg/welcome.html"),
    ],
  },
  {
    id: "saa-containers-vs-serverless",
    title: "Choosing between Lambda, Fargate, ECS and EKS",
    summary:
      "Learn when a workload belongs on Lambda, on containers with ECS or EKS, or on Fargate so you skip managing hosts. Weigh run time, startup latency, portability and operational effort, as the exam's scenarios do.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d2", "saa-c03-d3"],
    taskStatements: ["saa-c03-2.1", "saa-c03-3.2"],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: ["AWS Lambda", "AWS Fargate", "Amazon ECS", "Amazon EKS"],
    minutes: 90,
    links: [
      link("What is Amazon ECS?", "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html"),
      link(
        "AWS Fargate for Amazon ECS",
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html",
      ),
      link("What is Amazon EKS?", "https://docs.aws.amazon.com/eks/latest/userguide/what-is-eks.html"),
    ],
  },
  {
    id: "saa-auto-scaling",
    title: "EC2 Auto Scaling policies and launch templates",
    summary:
      "Configure an Auto Scaling group from a launch template across several Availability Zones, with health checks that replace failed instances. Compare target tracking, step, scheduled and predictive scaling, and know which fits a steady, spiky or calendar-driven load.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d2", "saa-c03-d3"],
    taskStatements: ["saa-c03-2.1", "saa-c03-2.2", "saa-c03-3.2"],
    skills: ["infrastructure-design"],
    services: ["Amazon EC2 Auto Scaling", "Amazon EC2"],
    minutes: 90,
    links: [
      link(
        "What is Amazon EC2 Auto Scaling?",
        "https://docs.aws.amazon.com/autoscaling/ec2/userguide/what-is-amazon-ec2-auto-scaling.html",
      ),
    ],
  },
  {
    id: "saa-elastic-load-balancing",
    title: "Elastic Load Balancing: ALB, NLB and GWLB",
    summary:
      "Know when to use an Application Load Balancer for HTTP routing by path or host, a Network Load Balancer for TCP or UDP with static IPs and very high throughput, and a Gateway Load Balancer for inline security appliances. Understand health checks, cross-zone load balancing and TLS termination.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d2"],
    taskStatements: ["saa-c03-2.1", "saa-c03-2.2"],
    skills: ["networking", "infrastructure-design"],
    services: ["Elastic Load Balancing"],
    minutes: 90,
    links: [
      link(
        "What is Elastic Load Balancing?",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/what-is-load-balancing.html",
      ),
      link(
        "What is an Application Load Balancer?",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/introduction.html",
      ),
    ],
  },
  {
    id: "saa-multi-az-databases",
    title: "Multi-AZ RDS, read replicas and Aurora",
    summary:
      "Separate high availability from read scaling: Multi-AZ keeps a synchronously replicated standby for automatic failover, while read replicas copy data asynchronously to take read traffic. Learn what Aurora adds with shared storage across three Availability Zones, Aurora Replicas, Global Database and RDS Proxy.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d2", "saa-c03-d3"],
    taskStatements: ["saa-c03-2.2", "saa-c03-3.3"],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: ["Amazon RDS", "Amazon Aurora", "Amazon RDS Proxy"],
    minutes: 90,
    links: [
      link(
        "Multi-AZ deployments",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html",
      ),
      link(
        "Working with read replicas",
        "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html",
      ),
      link(
        "What is Amazon Aurora?",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/CHAP_AuroraOverview.html",
      ),
    ],
  },
  {
    id: "saa-route53-routing",
    title: "Route 53 routing policies and DNS failover",
    summary:
      "Learn simple, weighted, latency-based, failover, geolocation, geoproximity and multivalue answer routing, plus alias records for AWS targets. Combine health checks with failover routing to move users to a healthy Region automatically.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d2", "saa-c03-d3"],
    taskStatements: ["saa-c03-2.2", "saa-c03-3.4"],
    skills: ["networking"],
    services: ["Amazon Route 53"],
    minutes: 60,
    links: [
      link(
        "Choosing a routing policy",
        "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy.html",
      ),
      link("DNS failover", "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover.html"),
    ],
  },
  {
    id: "saa-disaster-recovery",
    title: "Disaster recovery strategies, RTO and RPO",
    summary:
      "Rank the four strategies by cost and recovery speed: backup and restore, pilot light, warm standby and multi-site active/active. Given a recovery time and recovery point objective, pick the cheapest strategy that meets them and the services that implement it, such as AWS Backup and cross-Region replication.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d2"],
    taskStatements: ["saa-c03-2.2"],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: ["AWS Backup", "AWS Elastic Disaster Recovery", "Amazon S3"],
    minutes: 90,
    links: [
      link(
        "Disaster recovery options in the cloud",
        "https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html",
      ),
      link("What is AWS Backup?", "https://docs.aws.amazon.com/aws-backup/latest/devguide/whatisbackup.html"),
    ],
  },
  {
    id: "saa-block-and-file-storage",
    title: "Block and file storage performance: EBS, EFS and FSx",
    summary:
      "Compare EBS volume types (gp3, io2, st1, sc1) by IOPS and throughput, and know when instance store is acceptable. Choose EFS for shared Linux file systems and the FSx family for Windows, Lustre, NetApp ONTAP or OpenZFS workloads.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d3"],
    taskStatements: ["saa-c03-3.1"],
    skills: ["infrastructure-design"],
    services: ["Amazon EBS", "Amazon EFS", "Amazon FSx"],
    minutes: 90,
    links: [
      link(
        "Amazon EBS volume types",
        "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html",
      ),
      link("What is Amazon EFS?", "https://docs.aws.amazon.com/efs/latest/ug/whatisefs.html"),
      link("Amazon FSx", "https://aws.amazon.com/fsx/"),
    ],
  },
  {
    id: "saa-s3-performance",
    title: "S3 performance and fast data transfer",
    summary:
      "Speed up large uploads with multipart upload and long-distance ones with S3 Transfer Acceleration, and spread requests across prefixes to raise throughput. Know the per-prefix request rates and when byte-range fetches help.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d3"],
    taskStatements: ["saa-c03-3.1"],
    skills: ["infrastructure-design"],
    services: ["Amazon S3"],
    minutes: 60,
    links: [
      link(
        "Best practices for S3 performance",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html",
      ),
      link(
        "Uploading with multipart upload",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html",
      ),
      link(
        "S3 Transfer Acceleration",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/transfer-acceleration.html",
      ),
    ],
  },
  {
    id: "saa-ec2-performance",
    title: "EC2 instance families and placement groups",
    summary:
      "Map instance families to workloads (general purpose, compute, memory, storage and accelerated computing) and read an instance type name. Use cluster, spread and partition placement groups for low latency, isolation or large distributed systems.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d3"],
    taskStatements: ["saa-c03-3.2"],
    skills: ["infrastructure-design"],
    services: ["Amazon EC2"],
    minutes: 60,
    links: [
      link(
        "Amazon EC2 instance types",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-types.html",
      ),
      link("Placement groups", "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html"),
    ],
  },
  {
    id: "saa-caching-layers",
    title: "Caching layers: ElastiCache, DAX and CloudFront",
    summary:
      "Put caches where they remove the most load: ElastiCache in front of relational databases, DAX in front of DynamoDB and CloudFront at the edge. Know the trade-off each one makes between freshness and speed.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d3"],
    taskStatements: ["saa-c03-3.3", "saa-c03-3.4"],
    skills: ["cloud-architecture"],
    services: ["Amazon ElastiCache", "Amazon DynamoDB Accelerator (DAX)", "Amazon CloudFront"],
    minutes: 60,
    links: [
      link("Caching best practices", "https://aws.amazon.com/caching/best-practices/"),
      link(
        "In-memory acceleration with DAX",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAX.html",
      ),
    ],
  },
  {
    id: "saa-edge-networking",
    title: "CloudFront and Global Accelerator",
    summary:
      "Use CloudFront to cache and deliver content close to users, with origin access control keeping the S3 origin private. Use Global Accelerator when you need static anycast IP addresses and fast Regional failover for TCP or UDP traffic that can't be cached.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d3"],
    taskStatements: ["saa-c03-3.4"],
    skills: ["networking"],
    services: ["Amazon CloudFront", "AWS Global Accelerator"],
    minutes: 60,
    links: [
      link(
        "What is Amazon CloudFront?",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/Introduction.html",
      ),
      link(
        "What is AWS Global Accelerator?",
        "https://docs.aws.amazon.com/global-accelerator/latest/dg/what-is-global-accelerator.html",
      ),
    ],
  },
  {
    id: "saa-data-ingestion-analytics",
    title: "Data ingestion and analytics pipelines",
    summary:
      "Pick streaming ingestion with Kinesis Data Streams or Amazon Data Firehose, or batch transfer with DataSync, depending on how fast data arrives. Transform it with AWS Glue into columnar formats like Parquet, query it with Athena, govern it with Lake Formation and visualise it with QuickSight.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d3"],
    taskStatements: ["saa-c03-3.5"],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: [
      "Amazon Kinesis Data Streams",
      "Amazon Data Firehose",
      "AWS Glue",
      "Amazon Athena",
      "AWS Lake Formation",
      "Amazon QuickSight",
      "AWS DataSync",
    ],
    minutes: 120,
    links: [
      link("What is AWS Glue?", "https://docs.aws.amazon.com/glue/latest/dg/what-is-glue.html"),
      link("What is Amazon Athena?", "https://docs.aws.amazon.com/athena/latest/ug/what-is.html"),
      link(
        "What is Amazon Data Firehose?",
        "https://docs.aws.amazon.com/firehose/latest/dev/what-is-this-service.html",
      ),
    ],
  },
  {
    id: "saa-s3-storage-classes-lifecycle",
    title: "S3 storage classes and lifecycle rules",
    summary:
      "Match access patterns to S3 Standard, Intelligent-Tiering, Standard-IA, One Zone-IA and the three Glacier classes, keeping minimum storage durations and retrieval fees in mind. Automate transitions and expirations with lifecycle rules, and know when Requester Pays shifts costs to the reader.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d4"],
    taskStatements: ["saa-c03-4.1"],
    skills: ["infrastructure-design"],
    services: ["Amazon S3", "Amazon S3 Glacier storage classes"],
    minutes: 60,
    links: [
      link(
        "Amazon S3 storage classes",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/storage-class-intro.html",
      ),
      link(
        "Managing the lifecycle of objects",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html",
      ),
    ],
  },
  {
    id: "saa-ec2-purchasing-options",
    title: "EC2 purchasing options and rightsizing",
    summary:
      "Compare On-Demand, Savings Plans, Reserved Instances, Spot Instances and Dedicated Hosts by commitment, discount and interruption risk. Rightsize with AWS Compute Optimizer before committing, and run fault-tolerant batch work on Spot.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d4"],
    taskStatements: ["saa-c03-4.2"],
    skills: ["infrastructure-design"],
    services: ["Amazon EC2", "Savings Plans", "AWS Compute Optimizer"],
    minutes: 60,
    links: [
      link(
        "Instance purchasing options",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-purchasing-options.html",
      ),
      link(
        "What are Savings Plans?",
        "https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html",
      ),
      link(
        "What is AWS Compute Optimizer?",
        "https://docs.aws.amazon.com/compute-optimizer/latest/ug/what-is-compute-optimizer.html",
      ),
    ],
  },
  {
    id: "saa-database-cost",
    title: "Cost-optimized database choices",
    summary:
      "Pick the cheapest database that meets the need: Aurora Serverless v2 for spiky relational load, DynamoDB on-demand for unpredictable traffic and provisioned capacity with auto scaling for steady traffic, reserved instances for always-on RDS. Tune backup retention and snapshot policies so storage costs don't creep up.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d4"],
    taskStatements: ["saa-c03-4.3"],
    skills: ["cloud-architecture"],
    services: ["Amazon Aurora", "Amazon DynamoDB", "Amazon RDS"],
    minutes: 60,
    links: [
      link(
        "Using Aurora Serverless v2",
        "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.html",
      ),
      link(
        "DynamoDB read/write capacity modes",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html",
      ),
    ],
  },
  {
    id: "saa-network-cost",
    title: "Cost-optimized network architectures",
    summary:
      "Learn where data transfer costs money: internet egress, traffic between Availability Zones and Regions, and NAT gateway processing. Cut it with gateway endpoints for S3 and DynamoDB, CloudFront in front of origins, and a careful choice between VPC peering and Transit Gateway.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d4"],
    taskStatements: ["saa-c03-4.4"],
    skills: ["networking"],
    services: ["Amazon VPC", "Amazon CloudFront", "AWS Transit Gateway"],
    minutes: 60,
    links: [
      link("Gateway endpoints", "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html"),
      link("What is VPC peering?", "https://docs.aws.amazon.com/vpc/latest/peering/what-is-vpc-peering.html"),
    ],
  },
  {
    id: "saa-cost-management-tools",
    title: "Cost management tools and tagging",
    summary:
      "Know what each tool is for: Cost Explorer to analyse spend, AWS Budgets to alert or act on thresholds, and the Cost and Usage Report for line-item detail. Activate cost allocation tags and consolidated billing so spend can be traced to teams and workloads.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d4"],
    taskStatements: ["saa-c03-4.1", "saa-c03-4.2", "saa-c03-4.3", "saa-c03-4.4"],
    skills: ["cloud-architecture"],
    services: ["AWS Cost Explorer", "AWS Budgets", "AWS Cost and Usage Report"],
    minutes: 45,
    links: [
      link(
        "Analyzing costs with Cost Explorer",
        "https://docs.aws.amazon.com/cost-management/latest/userguide/ce-what-is.html",
      ),
      link(
        "Cost allocation tags",
        "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/cost-alloc-tags.html",
      ),
    ],
  },
  {
    id: "saa-official-practice-questions",
    title: "SAA-C03: official practice question set",
    summary:
      "Work through AWS's own practice questions on Skill Builder and read every explanation, including for the answers you got right. Log each miss against its domain so you know where to revise.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d1", "saa-c03-d2", "saa-c03-d3", "saa-c03-d4"],
    taskStatements: [],
    skills: ["cloud-architecture"],
    services: [],
    practiceExam: true,
    minutes: 60,
    links: [link("AWS Skill Builder", "https://skillbuilder.aws/")],
  },
  {
    id: "saa-practice-exam",
    title: "SAA-C03: full timed practice exam",
    summary:
      "Sit a full 65-question practice exam in 130 minutes without notes, then spend as long again reviewing it. Aim for a comfortable margin above 720 before you book the real exam.",
    section: step("associate"),
    certs: ["architect"],
    domains: ["saa-c03-d1", "saa-c03-d2", "saa-c03-d3", "saa-c03-d4"],
    taskStatements: [],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: [],
    practiceExam: true,
    minutes: 240,
    links: [
      link("AWS Skill Builder", "https://skillbuilder.aws/"),
      link(
        "AWS Certified Solutions Architect – Associate",
        "https://aws.amazon.com/certification/certified-solutions-architect-associate/",
      ),
    ],
  },

  // ───────────────────────── Step 2: Developer – Associate ─────────────────────────
  {
    id: "dva-exam-guide",
    title: "Developer exam: read the exam guide and plan by domain weight",
    summary:
      "Read the official guide end to end: 65 questions (15 of them unscored), 130 minutes, a scaled score from 100 to 1,000 with 720 to pass, and no penalty for guessing. Split your study time roughly by the domain weights: 30, 26, 22 and 22 percent for DVA-C03 (DVA-C02 used 32, 26, 24 and 18).",
    section: step("associate"),
    certs: ["developer"],
    domains: [],
    taskStatements: [],
    skills: ["programming"],
    services: [],
    minutes: 45,
    links: [
      link(
        "DVA-C03 exam guide",
        "https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03.html",
      ),
      link(
        "Comparison of DVA-C02 and DVA-C03",
        "https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/dva-03-comparison.html",
      ),
      link(
        "AWS Certified Developer – Associate",
        "https://aws.amazon.com/certification/certified-developer-associate/",
      ),
    ],
  },
  {
    id: "dva-sdk-clients-credentials",
    title: "Calling AWS from code: SDK clients, credentials and pagination",
    summary:
      "Create SDK clients once and reuse them, let the default credential chain pick up role credentials, and set the Region explicitly. Handle paginated responses and use waiters instead of hand-written polling loops.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c02-d2", "dva-c03-d1", "dva-c03-d2"],
    taskStatements: ["dva-c02-1.1", "dva-c02-2.1", "dva-c03-1.1", "dva-c03-2.1"],
    skills: ["programming", "api-development"],
    services: ["AWS SDKs"],
    minutes: 60,
    links: [
      link(
        "Standardized credential providers",
        "https://docs.aws.amazon.com/sdkref/latest/guide/standardized-credentials.html",
      ),
      link(
        "AWS SDKs and Tools reference guide",
        "https://docs.aws.amazon.com/sdkref/latest/guide/overview.html",
      ),
    ],
  },
  {
    id: "dva-ai-assisted-development",
    title: "AI-assisted development with Amazon Q Developer",
    summary:
      "Use an AI coding assistant to turn a written spec into code, complete and refactor functions, and review a change for bugs and security issues before you commit. Treat every suggestion as a pull request from a new colleague: read it, test it and keep what you understand.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d1"],
    taskStatements: ["dva-c03-1.1"],
    skills: ["programming", "devops-tools"],
    services: ["Amazon Q Developer"],
    minutes: 60,
    links: [
      link(
        "What is Amazon Q Developer?",
        "https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/what-is.html",
      ),
      link(
        "Reviewing code with Amazon Q Developer",
        "https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/code-reviews.html",
      ),
    ],
  },
  {
    id: "dva-integrate-ai-services",
    title: "Calling managed AI services from your code",
    summary:
      "Send prompts to a foundation model through the Amazon Bedrock Converse API with the SDK, stream the answer back and handle throttling and validation errors like any other AWS call. Know when a task-specific service such as Amazon Comprehend or Amazon Textract fits better than a general model.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d1"],
    taskStatements: ["dva-c03-1.1"],
    skills: ["programming", "api-development"],
    services: ["Amazon Bedrock", "Amazon Comprehend", "Amazon Textract"],
    minutes: 75,
    links: [
      link(
        "Carry out a conversation with the Converse API operations",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/conversation-inference.html",
      ),
      link("What is Amazon Comprehend?", "https://docs.aws.amazon.com/comprehend/latest/dg/what-is.html"),
    ],
  },
  {
    id: "dva-retries-backoff-idempotency",
    title: "Retries, exponential backoff and idempotency",
    summary:
      "Learn how the SDKs retry throttled and transient failures with exponential backoff and jitter, and how the standard and adaptive retry modes differ. Make handlers idempotent so a retried request or a duplicate message never charges a customer twice.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["dva-c02-1.1", "dva-c03-1.1"],
    skills: ["programming"],
    services: ["AWS SDKs", "Amazon DynamoDB"],
    minutes: 60,
    links: [
      link("Retry behavior", "https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html"),
    ],
  },
  {
    id: "dva-lambda-configuration",
    title: "Lambda configuration: memory, timeout, environment and layers",
    summary:
      "Set memory (which also scales CPU), timeouts of up to 15 minutes, environment variables and ephemeral storage, and share code through layers. Put SDK clients and connections outside the handler so warm invocations reuse them.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c03-d1", "dva-c03-d4"],
    taskStatements: ["dva-c02-1.2", "dva-c03-1.2", "dva-c03-4.3"],
    skills: ["programming"],
    services: ["AWS Lambda"],
    minutes: 90,
    links: [
      link(
        "Configuring Lambda function memory",
        "https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html",
      ),
      link(
        "Lambda environment variables",
        "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html",
      ),
      link("Best practices for Lambda", "https://docs.aws.amazon.com/lambda/latest/dg/best-practices.html"),
    ],
  },
  {
    id: "dva-lambda-invocation-errors",
    title: "Lambda invocation models, concurrency and error handling",
    summary:
      "Contrast synchronous calls, asynchronous invocations with their built-in retries, and event source mappings that poll SQS, Kinesis and DynamoDB Streams in batches. Route failures with destinations, dead-letter queues and partial batch responses, and control scale with reserved and provisioned concurrency.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["dva-c02-1.2", "dva-c03-1.2"],
    skills: ["programming", "cloud-architecture"],
    services: ["AWS Lambda", "Amazon SQS", "Amazon Kinesis Data Streams", "Amazon DynamoDB Streams"],
    minutes: 120,
    links: [
      link(
        "Invoking Lambda functions",
        "https://docs.aws.amazon.com/lambda/latest/dg/lambda-invocation.html",
      ),
      link("Asynchronous invocation", "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html"),
      link(
        "Event source mappings",
        "https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html",
      ),
    ],
  },
  {
    id: "dva-lambda-vpc-access",
    title: "Lambda functions inside a VPC",
    summary:
      "Attach a function to private subnets so it can reach RDS or ElastiCache, and understand why it then needs a NAT gateway or VPC endpoints to reach the internet or other AWS services. Use RDS Proxy to stop bursts of invocations exhausting database connections.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["dva-c02-1.2", "dva-c03-1.2"],
    skills: ["networking", "programming"],
    services: ["AWS Lambda", "Amazon VPC", "Amazon RDS Proxy"],
    minutes: 45,
    links: [
      link(
        "Giving Lambda functions access to a VPC",
        "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html",
      ),
      link("Amazon RDS Proxy", "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html"),
    ],
  },
  {
    id: "dva-api-gateway",
    title: "Building APIs with API Gateway",
    summary:
      "Choose between REST, HTTP and WebSocket APIs and between proxy and custom Lambda integrations. Add request validation, mapping templates, throttling with usage plans, CORS and response caching where the API type supports them.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["dva-c02-1.1", "dva-c03-1.1"],
    skills: ["api-development"],
    services: ["Amazon API Gateway", "AWS Lambda"],
    minutes: 120,
    links: [
      link(
        "Choose between REST APIs and HTTP APIs",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html",
      ),
      link(
        "Request validation",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-validation.html",
      ),
      link("Enabling CORS", "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-cors.html"),
    ],
  },
  {
    id: "dva-dynamodb-access-patterns",
    title: "DynamoDB for developers: keys, indexes and capacity",
    summary:
      "Design high-cardinality partition keys, and know when a query beats a scan and when you need a global or a local secondary index. Work out read and write capacity units, choose strongly or eventually consistent reads, and use conditional writes, transactions, TTL and Streams.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["dva-c02-1.3", "dva-c03-1.1", "dva-c03-1.3"],
    skills: ["programming"],
    services: ["Amazon DynamoDB", "Amazon DynamoDB Streams"],
    minutes: 150,
    links: [
      link(
        "Best practices for DynamoDB",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/best-practices.html",
      ),
      link(
        "Secondary indexes",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/SecondaryIndexes.html",
      ),
      link(
        "DynamoDB transactions",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transactions.html",
      ),
    ],
  },
  {
    id: "dva-s3-app-patterns",
    title: "S3 in applications: presigned URLs, multipart and events",
    summary:
      "Let clients upload and download directly with presigned URLs, send large files with multipart upload and react to new objects with event notifications. Request server-side encryption from your code and pick the right key type.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c02-d2", "dva-c03-d1", "dva-c03-d2"],
    taskStatements: ["dva-c02-1.3", "dva-c02-2.2", "dva-c03-1.3", "dva-c03-2.1", "dva-c03-2.2"],
    skills: ["programming", "api-development"],
    services: ["Amazon S3", "AWS Lambda"],
    minutes: 60,
    links: [
      link(
        "Working with presigned URLs",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html",
      ),
      link(
        "S3 event notifications",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html",
      ),
    ],
  },
  {
    id: "dva-caching-strategies",
    title: "Caching strategies in application code",
    summary:
      "Implement lazy loading and write-through caching with ElastiCache and pick sensible TTLs to limit stale reads. Know when DAX, API Gateway caching or CloudFront caching keyed on request headers is the simpler fix.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c02-d4", "dva-c03-d1", "dva-c03-d4"],
    taskStatements: ["dva-c02-1.3", "dva-c02-4.3", "dva-c03-1.3", "dva-c03-4.3"],
    skills: ["programming"],
    services: ["Amazon ElastiCache", "Amazon DynamoDB Accelerator (DAX)", "Amazon API Gateway"],
    minutes: 60,
    links: [
      link("Caching best practices", "https://aws.amazon.com/caching/best-practices/"),
      link(
        "API Gateway caching",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html",
      ),
    ],
  },
  {
    id: "dva-events-and-workflows",
    title: "EventBridge rules and Step Functions workflows",
    summary:
      "Route events with EventBridge rules and event patterns, and schedule work with EventBridge Scheduler. Orchestrate multi-step processes with Step Functions, using Retry and Catch for errors and choosing Standard or Express workflows by duration and volume.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["dva-c02-1.1", "dva-c03-1.1"],
    skills: ["programming", "cloud-architecture"],
    services: ["Amazon EventBridge", "AWS Step Functions"],
    minutes: 90,
    links: [
      link(
        "What is Amazon EventBridge?",
        "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-what-is.html",
      ),
      link("What is Step Functions?", "https://docs.aws.amazon.com/step-functions/latest/dg/welcome.html"),
    ],
  },
  {
    id: "dva-kinesis-streaming",
    title: "Streaming data with Kinesis",
    summary:
      "Learn how shards and partition keys give Kinesis Data Streams its throughput and per-key ordering, and how Lambda consumes a stream in batches. Watch iterator age to spot consumers falling behind, and use Amazon Data Firehose when you only need to deliver a stream to storage.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["dva-c02-1.1", "dva-c03-1.1"],
    skills: ["programming"],
    services: ["Amazon Kinesis Data Streams", "Amazon Data Firehose", "AWS Lambda"],
    minutes: 60,
    links: [
      link(
        "What is Amazon Kinesis Data Streams?",
        "https://docs.aws.amazon.com/streams/latest/dev/introduction.html",
      ),
      link(
        "What is Amazon Data Firehose?",
        "https://docs.aws.amazon.com/firehose/latest/dev/what-is-this-service.html",
      ),
    ],
  },
  {
    id: "dva-cognito-auth",
    title: "Authentication with Amazon Cognito",
    summary:
      "Use a user pool to sign users up and in and issue ID, access and refresh tokens, and an identity pool to swap those tokens for temporary AWS credentials. Add federation through SAML, OpenID Connect or social identity providers.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d2", "dva-c03-d2"],
    taskStatements: ["dva-c02-2.1", "dva-c03-2.1"],
    skills: ["security-architecture", "api-development"],
    services: ["Amazon Cognito"],
    minutes: 90,
    links: [
      link(
        "What is Amazon Cognito?",
        "https://docs.aws.amazon.com/cognito/latest/developerguide/what-is-amazon-cognito.html",
      ),
      link(
        "Cognito identity pools",
        "https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-identity.html",
      ),
    ],
  },
  {
    id: "dva-api-authorization",
    title: "Securing APIs: IAM, Cognito and Lambda authorizers",
    summary:
      "Compare IAM authorization with signed requests, Cognito user pool authorizers, JWT authorizers on HTTP APIs and Lambda authorizers for custom logic. Remember that API keys meter and throttle clients but don't authenticate them.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d2", "dva-c03-d2"],
    taskStatements: ["dva-c02-2.1", "dva-c03-2.1"],
    skills: ["api-development", "security-architecture"],
    services: ["Amazon API Gateway", "Amazon Cognito", "AWS Lambda"],
    minutes: 60,
    links: [
      link(
        "Use API Gateway Lambda authorizers",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html",
      ),
      link(
        "Control access with a Cognito user pool",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html",
      ),
    ],
  },
  {
    id: "dva-presigned-urls-cloudfront",
    title: "Time-limited access with presigned and signed URLs",
    summary:
      "Give a client access to one private object for a few minutes with an S3 presigned URL, signed with the permissions of the code that creates it. For content served through CloudFront, use signed URLs or signed cookies and keep the bucket private behind origin access control.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d2"],
    taskStatements: ["dva-c03-2.1"],
    skills: ["security-architecture", "api-development"],
    services: ["Amazon S3", "Amazon CloudFront"],
    minutes: 45,
    links: [
      link(
        "Working with presigned URLs",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html",
      ),
      link(
        "Serve private content with signed URLs and signed cookies",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/PrivateContent.html",
      ),
    ],
  },
  {
    id: "dva-iam-for-applications",
    title: "IAM roles for application code",
    summary:
      "Give code its permissions through Lambda execution roles, ECS task roles and EC2 instance profiles, never through access keys in source or config. Assume roles with STS for cross-account calls and scope every policy to the actions and resources the code really uses.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d2", "dva-c03-d2"],
    taskStatements: ["dva-c02-2.1", "dva-c03-2.1"],
    skills: ["security-architecture", "programming"],
    services: ["AWS IAM", "AWS STS", "AWS Lambda", "Amazon ECS"],
    minutes: 60,
    links: [
      link("IAM roles", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html"),
      link("AWS STS API reference", "https://docs.aws.amazon.com/STS/latest/APIReference/welcome.html"),
    ],
  },
  {
    id: "dva-encryption-in-code",
    title: "Encrypting data from code with KMS and ACM",
    summary:
      "Call KMS directly only for small payloads of up to 4 KB; for anything larger, generate a data key and use envelope encryption. Know client-side versus server-side encryption, cross-account key use and how ACM and AWS Private CA issue certificates for TLS.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d2", "dva-c03-d2"],
    taskStatements: ["dva-c02-2.2", "dva-c03-2.2"],
    skills: ["security-architecture", "programming"],
    services: ["AWS KMS", "AWS Certificate Manager", "AWS Private CA"],
    minutes: 90,
    links: [
      link("AWS KMS concepts", "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html"),
      link(
        "What is AWS Certificate Manager?",
        "https://docs.aws.amazon.com/acm/latest/userguide/acm-overview.html",
      ),
    ],
  },
  {
    id: "dva-secrets-and-parameters",
    title: "Secrets Manager and Parameter Store",
    summary:
      "Store database passwords and API keys in Secrets Manager with automatic rotation, and configuration values in Parameter Store, using SecureString for anything sensitive. Fetch them at runtime and cache them rather than baking them into code or images.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d2", "dva-c02-d3", "dva-c03-d2", "dva-c03-d3"],
    taskStatements: ["dva-c02-2.3", "dva-c02-3.1", "dva-c03-2.2", "dva-c03-3.1"],
    skills: ["security-architecture"],
    services: ["AWS Secrets Manager", "AWS Systems Manager Parameter Store"],
    minutes: 60,
    links: [
      link(
        "What is AWS Secrets Manager?",
        "https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html",
      ),
      link(
        "AWS Systems Manager Parameter Store",
        "https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-parameter-store.html",
      ),
    ],
  },
  {
    id: "dva-sensitive-data",
    title: "Handling sensitive data in application code",
    summary:
      "Classify data such as PII and health information, encrypt sensitive environment variables with KMS and keep secrets and personal data out of logs. Mask or tokenise sensitive fields before they leave the service that owns them.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d2", "dva-c03-d2"],
    taskStatements: ["dva-c02-2.3", "dva-c03-2.2"],
    skills: ["security-architecture", "programming"],
    services: ["AWS KMS", "AWS Lambda"],
    minutes: 45,
    links: [
      link(
        "Lambda environment variables",
        "https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html",
      ),
      link("What is Amazon Macie?", "https://docs.aws.amazon.com/macie/latest/user/what-is-macie.html"),
    ],
  },
  {
    id: "dva-ai-service-access-privacy",
    title: "Access to AI services and the privacy of what you send",
    summary:
      "Grant code the narrowest IAM permissions on the models it may invoke, and reach Amazon Bedrock over a VPC interface endpoint so prompts never cross the public internet. Know what happens to your inputs and outputs: Bedrock does not use them to train the underlying models or share them with model providers.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d2"],
    taskStatements: ["dva-c03-2.3"],
    skills: ["security-architecture"],
    services: ["Amazon Bedrock", "AWS PrivateLink", "AWS IAM"],
    minutes: 45,
    links: [
      link(
        "Data protection in Amazon Bedrock",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/data-protection.html",
      ),
      link(
        "Use interface VPC endpoints (AWS PrivateLink) with Amazon Bedrock",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/vpc-interface-endpoints.html",
      ),
      link(
        "Identity-based policy examples for Amazon Bedrock",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/security_iam_id-based-policy-examples.html",
      ),
    ],
  },
  {
    id: "dva-ai-guardrails-filtering",
    title: "Filtering model input and output, prompt injection included",
    summary:
      "Put a guardrail in front of a model to block harmful content, deny whole topics, and detect and redact PII or health data in both the prompt and the answer. Tag user input so the prompt-attack filter can tell a jailbreak or injected instruction apart from your own system prompt.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d2"],
    taskStatements: ["dva-c03-2.3"],
    skills: ["security-architecture", "programming"],
    services: ["Amazon Bedrock Guardrails"],
    minutes: 60,
    links: [
      link(
        "Detect and filter harmful content by using Amazon Bedrock Guardrails",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails.html",
      ),
      link(
        "Detect prompt attacks with Amazon Bedrock Guardrails",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-prompt-attack.html",
      ),
      link(
        "Remove PII from conversations by using sensitive information filters",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/guardrails-sensitive-filters.html",
      ),
    ],
  },
  {
    id: "dva-ai-agent-security",
    title: "Securing AI agents and the tools they call",
    summary:
      "Give an agent only the tools and permissions its job needs, and authorise every tool call on behalf of the user who started the session. Keep each user's session isolated, and require an explicit confirmation from a person before an agent performs a sensitive action.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d2"],
    taskStatements: ["dva-c03-2.3"],
    skills: ["security-architecture", "api-development"],
    services: ["Amazon Bedrock Agents", "Amazon Bedrock AgentCore"],
    minutes: 60,
    links: [
      link(
        "Get user confirmation before invoking action group function",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/agents-userconfirmation.html",
      ),
      link(
        "Amazon Bedrock AgentCore Identity",
        "https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/identity.html",
      ),
    ],
  },
  {
    id: "dva-ai-logging-sensitive-data",
    title: "Keeping sensitive content out of AI interaction logs",
    summary:
      "Decide whether model invocation logging is on, where it writes and who can read it, since it can store full prompts and answers. Mask personal data in CloudWatch Logs with a data protection policy and never log raw prompts from your own code.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d2"],
    taskStatements: ["dva-c03-2.3"],
    skills: ["security-architecture", "devops-tools"],
    services: ["Amazon Bedrock", "Amazon CloudWatch Logs"],
    minutes: 30,
    links: [
      link(
        "Monitor model invocation using CloudWatch Logs and Amazon S3",
        "https://docs.aws.amazon.com/bedrock/latest/userguide/model-invocation-logging.html",
      ),
      link(
        "Help protect sensitive log data with masking",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/mask-sensitive-log-data.html",
      ),
    ],
  },
  {
    id: "dva-packaging-artifacts",
    title: "Packaging Lambda functions and container images",
    summary:
      "Package a function as a .zip archive or a container image in Amazon ECR, move shared dependencies into layers and keep packages small. Load runtime configuration from AppConfig, Parameter Store or environment variables instead of rebuilding for each environment.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d3", "dva-c03-d3"],
    taskStatements: ["dva-c02-3.1", "dva-c03-3.1"],
    skills: ["devops-tools", "programming"],
    services: ["AWS Lambda", "Amazon ECR", "AWS AppConfig"],
    minutes: 60,
    links: [
      link("Lambda layers", "https://docs.aws.amazon.com/lambda/latest/dg/chapter-layers.html"),
      link(
        "Create a Lambda function using a container image",
        "https://docs.aws.amazon.com/lambda/latest/dg/images-create.html",
      ),
      link(
        "What is AWS AppConfig?",
        "https://docs.aws.amazon.com/appconfig/latest/userguide/what-is-appconfig.html",
      ),
    ],
  },
  {
    id: "dva-container-images-ecr",
    title: "Building and managing container images in Amazon ECR",
    summary:
      "Write a small multi-stage Dockerfile, build the image and push it to an ECR repository with a tag that says which commit it came from. Turn on tag immutability and image scanning, and let a lifecycle policy delete old untagged images.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d3"],
    taskStatements: ["dva-c03-3.1"],
    skills: ["devops-tools", "programming"],
    services: ["Amazon ECR", "Docker"],
    minutes: 60,
    links: [
      link(
        "What is Amazon Elastic Container Registry?",
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/what-is-ecr.html",
      ),
      link(
        "Automate the cleanup of images by using lifecycle policies in Amazon ECR",
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/LifecyclePolicies.html",
      ),
      link(
        "Preventing image tags from being overwritten in Amazon ECR",
        "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html",
      ),
    ],
  },
  {
    id: "dva-sam-local-development",
    title: "AWS SAM: build, test locally and deploy",
    summary:
      "Describe functions, APIs and tables in a SAM template, then use sam build, sam local invoke with test events and sam local start-api to test on your machine. Deploy the same template to separate dev and staging stacks with parameters.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d3", "dva-c03-d3"],
    taskStatements: [
      "dva-c02-3.1",
      "dva-c02-3.2",
      "dva-c02-3.3",
      "dva-c03-3.1",
      "dva-c03-3.2",
      "dva-c03-3.3",
    ],
    skills: ["devops-tools", "programming"],
    services: ["AWS SAM", "AWS CloudFormation", "AWS Lambda"],
    minutes: 120,
    links: [
      link(
        "What is AWS SAM?",
        "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/what-is-sam.html",
      ),
    ],
  },
  {
    id: "dva-lambda-versions-aliases",
    title: "Lambda versions, aliases and traffic shifting",
    summary:
      "Publish immutable versions and point aliases such as dev and prod at them so callers never need to change. Shift a percentage of traffic to a new version with a weighted alias or a CodeDeploy canary, and roll back by moving the alias.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d3", "dva-c03-d3"],
    taskStatements: ["dva-c02-3.2", "dva-c02-3.4", "dva-c03-3.2", "dva-c03-3.3"],
    skills: ["devops-tools"],
    services: ["AWS Lambda", "AWS CodeDeploy"],
    minutes: 60,
    links: [
      link(
        "Lambda function versions",
        "https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html",
      ),
      link(
        "Lambda function aliases",
        "https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html",
      ),
    ],
  },
  {
    id: "dva-api-gateway-stages-testing",
    title: "API Gateway stages, mocks and canary releases",
    summary:
      "Deploy an API to dev, test and prod stages and use stage variables to point each at the matching Lambda alias. Stand in for unfinished back ends with mock integrations and test a new deployment on a slice of traffic with a canary release.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d3", "dva-c03-d3"],
    taskStatements: ["dva-c02-3.2", "dva-c02-3.3", "dva-c03-3.1", "dva-c03-3.2"],
    skills: ["api-development", "devops-tools"],
    services: ["Amazon API Gateway"],
    minutes: 60,
    links: [
      link(
        "Mock integrations",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html",
      ),
      link(
        "Canary release deployments",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/canary-release.html",
      ),
    ],
  },
  {
    id: "dva-ai-tools-testing",
    title: "Generating and running tests with AI tools",
    summary:
      "Ask an AI assistant to propose unit tests, mocks and edge cases for a function, then run them and fix what is wrong before you keep them. Use the same tools to spot untested paths and to automate repetitive test runs and result checks.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d3"],
    taskStatements: ["dva-c03-3.2"],
    skills: ["programming", "devops-tools"],
    services: ["Amazon Q Developer"],
    minutes: 45,
    links: [
      link(
        "Generating unit tests with Amazon Q",
        "https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/test-generation.html",
      ),
    ],
  },
  {
    id: "dva-codepipeline-codebuild",
    title: "CodePipeline and CodeBuild",
    summary:
      "Model a release as pipeline stages of source, build, test, approval and deploy. Write a buildspec with install, pre_build, build and post_build phases, publish artifacts and pull secrets from Parameter Store or Secrets Manager during the build.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d3", "dva-c03-d3"],
    taskStatements: ["dva-c02-3.3", "dva-c02-3.4", "dva-c03-3.2", "dva-c03-3.3"],
    skills: ["devops-tools"],
    services: ["AWS CodePipeline", "AWS CodeBuild"],
    minutes: 120,
    links: [
      link(
        "What is AWS CodePipeline?",
        "https://docs.aws.amazon.com/codepipeline/latest/userguide/welcome.html",
      ),
      link(
        "Build specification reference",
        "https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html",
      ),
    ],
  },
  {
    id: "dva-ai-tools-cicd",
    title: "AI tools in CI/CD pipelines",
    summary:
      "See where an AI assistant can help a pipeline: reviewing a change before the approval step, drafting the infrastructure for a new environment and checking a deployment afterwards. Keep a person in charge of the approval itself and keep the pipeline's own permissions narrow.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d3"],
    taskStatements: ["dva-c03-3.3"],
    skills: ["devops-tools"],
    services: ["AWS CodePipeline", "Amazon Q Developer"],
    minutes: 30,
    links: [
      link(
        "Manage approval actions in CodePipeline",
        "https://docs.aws.amazon.com/codepipeline/latest/userguide/approvals.html",
      ),
      link(
        "What is Amazon Q Developer?",
        "https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/what-is.html",
      ),
    ],
  },
  {
    id: "dva-codedeploy-strategies",
    title: "CodeDeploy deployment strategies and rollbacks",
    summary:
      "Read an AppSpec file and its lifecycle hooks, and compare in-place with blue/green deployments. Know the canary, linear and all-at-once configurations for Lambda and ECS and how CloudWatch alarms trigger an automatic rollback.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d3", "dva-c03-d3"],
    taskStatements: ["dva-c02-3.4", "dva-c03-3.3"],
    skills: ["devops-tools"],
    services: ["AWS CodeDeploy", "AWS Lambda", "Amazon ECS", "Amazon CloudWatch"],
    minutes: 90,
    links: [
      link(
        "Deployment configurations",
        "https://docs.aws.amazon.com/codedeploy/latest/userguide/deployment-configurations.html",
      ),
      link(
        "AppSpec file reference",
        "https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file.html",
      ),
    ],
  },
  {
    id: "dva-elastic-beanstalk-deployments",
    title: "Elastic Beanstalk deployment policies",
    summary:
      "Compare all at once, rolling, rolling with an additional batch, immutable and traffic-splitting deployments by downtime, cost and rollback speed. Use a blue/green swap of environment URLs when you need a full, instantly reversible cut-over.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d3", "dva-c03-d3"],
    taskStatements: ["dva-c02-3.4", "dva-c03-3.3"],
    skills: ["devops-tools"],
    services: ["AWS Elastic Beanstalk"],
    minutes: 60,
    links: [
      link(
        "Deploying applications to Elastic Beanstalk",
        "https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.deploy-existing-version.html",
      ),
    ],
  },
  {
    id: "dva-containers-for-developers",
    title: "Containers for developers: ECR and ECS on Fargate",
    summary:
      "Build an image, push it to ECR with a meaningful tag and run it as an ECS service on Fargate from a task definition. Give the task a task role for AWS access and inject secrets from Secrets Manager at start-up.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d3", "dva-c03-d3"],
    taskStatements: ["dva-c02-3.1", "dva-c02-3.4", "dva-c03-3.1", "dva-c03-3.3"],
    skills: ["devops-tools", "programming"],
    services: ["Amazon ECR", "Amazon ECS", "AWS Fargate"],
    minutes: 90,
    links: [
      link("What is Amazon ECR?", "https://docs.aws.amazon.com/AmazonECR/latest/userguide/what-is-ecr.html"),
      link(
        "AWS Fargate for Amazon ECS",
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html",
      ),
    ],
  },
  {
    id: "dva-deploy-containers-ecs-eks",
    title: "Deploying containers: ECS task definitions, EKS and rolling updates",
    summary:
      "Describe a container's image, CPU, memory, ports, secrets and task role in an ECS task definition and run it on Fargate without managing servers. Roll out a new image with a rolling update and a deployment circuit breaker, and know what an EKS deployment manifest declares.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d3"],
    taskStatements: ["dva-c03-3.3"],
    skills: ["devops-tools", "infrastructure-design"],
    services: ["Amazon ECS", "AWS Fargate", "Amazon EKS"],
    minutes: 75,
    links: [
      link(
        "Amazon ECS task definitions",
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definitions.html",
      ),
      link(
        "Deploy Amazon ECS services by replacing tasks",
        "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html",
      ),
      link(
        "Deploy a sample application on Amazon EKS",
        "https://docs.aws.amazon.com/eks/latest/userguide/sample-deployment.html",
      ),
    ],
  },
  {
    id: "dva-cloudwatch-logs-insights",
    title: "CloudWatch Logs and Logs Insights queries",
    summary:
      "Organise output into log groups with sensible retention, then query it with Logs Insights to find errors, slow requests and their causes. Turn recurring log patterns into metrics with metric filters and stream logs elsewhere with subscription filters.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d4", "dva-c03-d4"],
    taskStatements: ["dva-c02-4.1", "dva-c03-4.1"],
    skills: ["devops-tools"],
    services: ["Amazon CloudWatch Logs"],
    minutes: 60,
    links: [
      link(
        "Analyzing log data with CloudWatch Logs Insights",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AnalyzingLogData.html",
      ),
    ],
  },
  {
    id: "dva-custom-metrics-alarms",
    title: "Custom metrics, embedded metric format and alarms",
    summary:
      "Publish business and application metrics with PutMetricData or, more cheaply from Lambda, with the embedded metric format in your logs. Choose dimensions and resolution, and wire alarms to SNS so the right people hear about quota limits or failed deployments.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d4", "dva-c03-d4"],
    taskStatements: ["dva-c02-4.1", "dva-c02-4.2", "dva-c03-4.1", "dva-c03-4.2"],
    skills: ["devops-tools", "programming"],
    services: ["Amazon CloudWatch", "Amazon SNS"],
    minutes: 60,
    links: [
      link(
        "CloudWatch embedded metric format",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format.html",
      ),
      link(
        "Create a CloudWatch alarm",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html",
      ),
    ],
  },
  {
    id: "dva-xray-tracing",
    title: "Distributed tracing with AWS X-Ray",
    summary:
      "Turn on active tracing for Lambda and API Gateway and instrument SDK calls so each request becomes a trace of segments and subsegments. Add annotations, which are indexed for filtering, versus metadata, which is not, and read the service map to find the slow or failing hop.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d4", "dva-c03-d4"],
    taskStatements: ["dva-c02-4.1", "dva-c02-4.2", "dva-c03-4.1", "dva-c03-4.2"],
    skills: ["devops-tools", "programming"],
    services: ["AWS X-Ray", "AWS Lambda", "Amazon API Gateway"],
    minutes: 90,
    links: [
      link("What is AWS X-Ray?", "https://docs.aws.amazon.com/xray/latest/devguide/aws-xray.html"),
      link("X-Ray concepts", "https://docs.aws.amazon.com/xray/latest/devguide/xray-concepts.html"),
    ],
  },
  {
    id: "dva-common-errors",
    title: "Common HTTP codes and SDK exceptions",
    summary:
      "Learn what 400, 403, 404, 429, 500, 502, 503 and 504 mean when they come back from API Gateway or a service. Recognise throttling, provisioned-throughput-exceeded and access-denied exceptions in SDK output and the fix each one implies.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d4", "dva-c03-d4"],
    taskStatements: ["dva-c02-4.1", "dva-c03-4.1"],
    skills: ["programming", "api-development"],
    services: ["Amazon API Gateway", "AWS SDKs", "Amazon DynamoDB"],
    minutes: 60,
    links: [
      link(
        "Troubleshoot issues in Lambda",
        "https://docs.aws.amazon.com/lambda/latest/dg/lambda-troubleshooting.html",
      ),
      link(
        "Throttle requests to your APIs",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html",
      ),
    ],
  },
  {
    id: "dva-ai-tools-troubleshooting",
    title: "Troubleshooting with AI tools",
    summary:
      "Let an AI assistant read an error, a stack trace or a failing console action and suggest causes and fixes, then confirm its guess in the logs and traces yourself. Try a CloudWatch investigation, which gathers related metrics, logs and recent deployments into root-cause hypotheses.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d4"],
    taskStatements: ["dva-c03-4.1"],
    skills: ["devops-tools"],
    services: ["Amazon Q Developer", "Amazon CloudWatch"],
    minutes: 30,
    links: [
      link(
        "Diagnosing errors in the AWS Management Console with Amazon Q",
        "https://docs.aws.amazon.com/amazonq/latest/qdeveloper-ug/diagnose-console-errors.html",
      ),
      link(
        "CloudWatch investigations",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Investigations.html",
      ),
    ],
  },
  {
    id: "dva-performance-optimization",
    title: "Optimizing Lambda and messaging performance",
    summary:
      "Find the memory setting that minimises cost and duration, cut cold starts with provisioned concurrency or SnapStart on supported runtimes, and reuse connections. Reduce wasted work downstream with SNS filter policies and batched SQS processing.",
    section: step("associate"),
    certs: ["developer"],
    domains: ["dva-c02-d4", "dva-c03-d4"],
    taskStatements: ["dva-c02-4.3", "dva-c03-4.3"],
    skills: ["programming"],
    services: ["AWS Lambda", "Amazon SNS", "Amazon SQS"],
    minutes: 90,
    links: [
      link(
        "Configuring provisioned concurrency",
        "https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html",
      ),
      link("Lambda SnapStart", "https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html"),
    ],
  },
  {
    id: "dva-ai-tools-optimization",
    title: "Finding optimisation opportunities with AI tools",
    summary:
      "Use profiling and AI-assisted reviews to find the slow or costly parts of your code, such as hot loops, oversized Lambda memory and chatty service calls. Measure before and after each change so a suggestion only stays if it helps.",
    section: step("associate"),
    certs: ["developer"],
    versions: ["DVA-C03"],
    domains: ["dva-c03-d4"],
    taskStatements: ["dva-c03-4.3"],
    skills: ["programming", "devops-tools"],
    services: ["Amazon CodeGuru Profiler", "AWS Compute Optimizer", "Amazon Q Developer"],
    minutes: 30,
    links: [
      link(
        "What is Amazon CodeGuru Profiler?",
        "https://docs.aws.amazon.com/codeguru/latest/profiler-ug/what-is-codeguru-profiler.html",
      ),
      link(
        "Viewing AWS Lambda function recommendations",
        "https://docs.aws.amazon.com/compute-optimizer/latest/ug/view-lambda-recommendations.html",
      ),
    ],
  },
  {
    id: "dva-official-practice-questions",
    title: "Developer exam: official practice question set",
    summary:
      "Work through AWS's own practice questions on Skill Builder and read every explanation, including for the answers you got right. Log each miss against its domain so you know where to revise.",
    section: step("associate"),
    certs: ["developer"],
    domains: [
      "dva-c02-d1",
      "dva-c02-d2",
      "dva-c02-d3",
      "dva-c02-d4",
      "dva-c03-d1",
      "dva-c03-d2",
      "dva-c03-d3",
      "dva-c03-d4",
    ],
    taskStatements: [],
    skills: ["programming"],
    services: [],
    practiceExam: true,
    minutes: 60,
    links: [link("AWS Skill Builder", "https://skillbuilder.aws/")],
  },
  {
    id: "dva-practice-exam",
    title: "Developer exam: full timed practice exam",
    summary:
      "Sit a full 65-question practice exam in 130 minutes without notes, then spend as long again reviewing it. Aim for a comfortable margin above 720 before you book the real exam.",
    section: step("associate"),
    certs: ["developer"],
    domains: [
      "dva-c02-d1",
      "dva-c02-d2",
      "dva-c02-d3",
      "dva-c02-d4",
      "dva-c03-d1",
      "dva-c03-d2",
      "dva-c03-d3",
      "dva-c03-d4",
    ],
    taskStatements: [],
    skills: ["programming", "devops-tools"],
    services: [],
    practiceExam: true,
    minutes: 240,
    links: [
      link("AWS Skill Builder", "https://skillbuilder.aws/"),
      link(
        "AWS Certified Developer – Associate",
        "https://aws.amazon.com/certification/certified-developer-associate/",
      ),
    ],
  },

  // ───────────────────────── Step 3: hands-on projects ─────────────────────────
  {
    id: "project-static-site-cloudfront",
    title: "Project: private S3 website behind CloudFront",
    summary:
      "Host a static site from a private bucket served only through CloudFront with origin access control, an ACM certificate and a Route 53 alias record. Compare latency and data transfer cost with and without caching.",
    section: step("projects"),
    certs: ["architect"],
    domains: ["saa-c03-d1", "saa-c03-d3", "saa-c03-d4"],
    taskStatements: ["saa-c03-1.3", "saa-c03-3.4", "saa-c03-4.4"],
    skills: ["networking", "security-architecture"],
    services: ["Amazon S3", "Amazon CloudFront", "AWS Certificate Manager", "Amazon Route 53"],
    minutes: 240,
    links: [
      link(
        "Restrict access to an Amazon S3 origin",
        "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
      ),
    ],
  },
  {
    id: "project-multi-account-landing-zone",
    title: "Project: a small multi-account landing zone",
    summary:
      "Set up AWS Organizations with separate OUs for workloads and sandbox, sign in through IAM Identity Center and attach an SCP that blocks unused Regions. Add an organization trail in CloudTrail and a budget per account.",
    section: step("projects"),
    certs: ["architect"],
    domains: ["saa-c03-d1", "saa-c03-d4"],
    taskStatements: ["saa-c03-1.1", "saa-c03-4.2"],
    skills: ["security-architecture", "cloud-architecture"],
    services: ["AWS Organizations", "AWS IAM Identity Center", "AWS CloudTrail", "AWS Budgets"],
    minutes: 240,
    links: [
      link(
        "What is AWS Organizations?",
        "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html",
      ),
      link(
        "What is IAM Identity Center?",
        "https://docs.aws.amazon.com/singlesignon/latest/userguide/what-is.html",
      ),
    ],
  },
  {
    id: "project-private-networking-lab",
    title: "Project: private networking lab",
    summary:
      "Connect two VPCs through peering or a transit gateway, give private subnets access to S3 through a gateway endpoint and to another service through an interface endpoint. Use VPC Flow Logs to prove which path each packet took and what NAT you no longer pay for.",
    section: step("projects"),
    certs: ["architect"],
    domains: ["saa-c03-d1", "saa-c03-d3", "saa-c03-d4"],
    taskStatements: ["saa-c03-1.2", "saa-c03-3.4", "saa-c03-4.4"],
    skills: ["networking", "infrastructure-design"],
    services: ["Amazon VPC", "AWS Transit Gateway", "AWS PrivateLink"],
    minutes: 300,
    links: [
      link(
        "What is a transit gateway?",
        "https://docs.aws.amazon.com/vpc/latest/tgw/what-is-transit-gateway.html",
      ),
      link(
        "What is AWS PrivateLink?",
        "https://docs.aws.amazon.com/vpc/latest/privatelink/what-is-privatelink.html",
      ),
    ],
  },
  {
    id: "project-serverless-data-lake",
    title: "Project: a serverless data lake",
    summary:
      "Stream sample clickstream events through Amazon Data Firehose into S3 as Parquet, catalogue them with a Glue crawler and query them with Athena. Add a lifecycle rule that moves old raw data to a colder storage class.",
    section: step("projects"),
    certs: ["architect"],
    domains: ["saa-c03-d3", "saa-c03-d4"],
    taskStatements: ["saa-c03-3.5", "saa-c03-4.1"],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: ["Amazon Data Firehose", "Amazon S3", "AWS Glue", "Amazon Athena"],
    minutes: 300,
    links: [
      link("What is Amazon Athena?", "https://docs.aws.amazon.com/athena/latest/ug/what-is.html"),
      link("What is AWS Glue?", "https://docs.aws.amazon.com/glue/latest/dg/what-is-glue.html"),
    ],
  },
  {
    id: "project-well-architected-cost-review",
    title: "Project: Well-Architected and cost review of your own build",
    summary:
      "Run one of your projects through the Well-Architected Tool, tag its resources and study its spend in Cost Explorer and Compute Optimizer. Write a short improvement plan that ranks fixes by risk and savings.",
    section: step("projects"),
    certs: ["architect"],
    domains: ["saa-c03-d2", "saa-c03-d4"],
    taskStatements: ["saa-c03-2.2", "saa-c03-4.1", "saa-c03-4.2", "saa-c03-4.3", "saa-c03-4.4"],
    skills: ["cloud-architecture"],
    services: ["AWS Well-Architected Tool", "AWS Cost Explorer", "AWS Compute Optimizer"],
    minutes: 180,
    links: [
      link(
        "What is the AWS Well-Architected Tool?",
        "https://docs.aws.amazon.com/wellarchitected/latest/userguide/intro.html",
      ),
      link(
        "Analyzing costs with Cost Explorer",
        "https://docs.aws.amazon.com/cost-management/latest/userguide/ce-what-is.html",
      ),
    ],
  },
  {
    id: "project-authenticated-app",
    title: "Project: sign-in and a protected API with Cognito",
    summary:
      "Add a Cognito user pool to a small single-page app, protect an HTTP API with a JWT authorizer and store each user's data in DynamoDB keyed by their user ID. Host the front end with Amplify Hosting.",
    section: step("projects"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c02-d2", "dva-c03-d1", "dva-c03-d2"],
    taskStatements: [
      "dva-c02-1.1",
      "dva-c02-1.3",
      "dva-c02-2.1",
      "dva-c03-1.1",
      "dva-c03-1.3",
      "dva-c03-2.1",
    ],
    skills: ["api-development", "security-architecture", "programming"],
    services: ["Amazon Cognito", "Amazon API Gateway", "AWS Lambda", "Amazon DynamoDB", "AWS Amplify"],
    minutes: 360,
    links: [
      link(
        "What is Amazon Cognito?",
        "https://docs.aws.amazon.com/cognito/latest/developerguide/what-is-amazon-cognito.html",
      ),
      link(
        "What is AWS Amplify Hosting?",
        "https://docs.aws.amazon.com/amplify/latest/userguide/welcome.html",
      ),
    ],
  },
  {
    id: "project-presigned-upload-service",
    title: "Project: a direct-to-S3 upload service",
    summary:
      "Hand out presigned URLs so browsers upload straight to an SSE-KMS encrypted bucket, then process each new object in a Lambda function and record its metadata in DynamoDB. Make the processor idempotent so duplicate events do no harm.",
    section: step("projects"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c02-d2", "dva-c03-d1", "dva-c03-d2"],
    taskStatements: [
      "dva-c02-1.2",
      "dva-c02-1.3",
      "dva-c02-2.2",
      "dva-c03-1.2",
      "dva-c03-1.3",
      "dva-c03-2.1",
      "dva-c03-2.2",
    ],
    skills: ["programming", "api-development"],
    services: ["Amazon S3", "AWS Lambda", "AWS KMS", "Amazon DynamoDB"],
    minutes: 240,
    links: [
      link(
        "Working with presigned URLs",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html",
      ),
      link(
        "S3 event notifications",
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html",
      ),
    ],
  },
  {
    id: "project-order-workflow",
    title: "Project: an order workflow with Step Functions",
    summary:
      "Model an order as a Step Functions state machine that reserves stock, takes payment and sends a confirmation, with Retry, Catch and compensating steps when something fails. Keep each task idempotent and write the final state with a DynamoDB transaction.",
    section: step("projects"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c03-d1"],
    taskStatements: [
      "dva-c02-1.1",
      "dva-c02-1.2",
      "dva-c02-1.3",
      "dva-c03-1.1",
      "dva-c03-1.2",
      "dva-c03-1.3",
    ],
    skills: ["programming", "cloud-architecture"],
    services: ["AWS Step Functions", "AWS Lambda", "Amazon DynamoDB", "Amazon SQS"],
    minutes: 300,
    links: [
      link("What is Step Functions?", "https://docs.aws.amazon.com/step-functions/latest/dg/welcome.html"),
      link(
        "DynamoDB transactions",
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/transactions.html",
      ),
    ],
  },
  {
    id: "project-containerized-api",
    title: "Project: a containerised API on ECS Fargate",
    summary:
      "Containerise a small API, push it to ECR and run it on ECS Fargate behind a load balancer, reading its database password from Secrets Manager. Release new versions through CodePipeline with a CodeDeploy blue/green deployment.",
    section: step("projects"),
    certs: ["developer"],
    domains: ["dva-c02-d2", "dva-c02-d3", "dva-c03-d2", "dva-c03-d3"],
    taskStatements: [
      "dva-c02-2.3",
      "dva-c02-3.1",
      "dva-c02-3.4",
      "dva-c03-2.2",
      "dva-c03-3.1",
      "dva-c03-3.3",
    ],
    skills: ["devops-tools", "programming"],
    services: [
      "Amazon ECR",
      "Amazon ECS",
      "AWS Fargate",
      "AWS Secrets Manager",
      "AWS CodePipeline",
      "AWS CodeDeploy",
    ],
    minutes: 360,
    links: [
      link("What is Amazon ECS?", "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/Welcome.html"),
      link("What is CodeDeploy?", "https://docs.aws.amazon.com/codedeploy/latest/userguide/welcome.html"),
    ],
  },
  {
    id: "project-websocket-chat",
    title: "Project: real-time chat over WebSockets",
    summary:
      "Build a chat room on an API Gateway WebSocket API, keeping connection IDs in DynamoDB and pushing messages back to connected clients from Lambda. Handle stale connections and throttling gracefully.",
    section: step("projects"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["dva-c02-1.1", "dva-c02-1.3", "dva-c03-1.1", "dva-c03-1.3"],
    skills: ["api-development", "programming"],
    services: ["Amazon API Gateway", "AWS Lambda", "Amazon DynamoDB"],
    minutes: 240,
    links: [
      link(
        "WebSocket APIs in API Gateway",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api.html",
      ),
    ],
  },
  {
    id: "project-codify-environment",
    title: "Project: rebuild a project entirely as code",
    summary:
      "Recreate one of your earlier builds from a CloudFormation or AWS CDK definition, deploy it twice as separate dev and prod stacks and tear both down cleanly. Change something by hand and catch it with drift detection.",
    section: step("projects"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d2", "dva-c02-d3", "dva-c03-d3"],
    taskStatements: ["saa-c03-2.2", "dva-c02-3.3", "dva-c02-3.4", "dva-c03-3.3"],
    skills: ["devops-tools", "infrastructure-design"],
    services: ["AWS CloudFormation", "AWS CDK"],
    minutes: 300,
    links: [
      link(
        "What is AWS CloudFormation?",
        "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/Welcome.html",
      ),
      link("What is the AWS CDK?", "https://docs.aws.amazon.com/cdk/v2/guide/home.html"),
    ],
  },

  // ───────────────────────── Step 4: next certifications ─────────────────────────
  {
    id: "next-other-associate",
    title: "Plan the other associate certification",
    summary:
      "Architects gain application-integration skills from the Developer exam, and developers gain infrastructure depth from the Solutions Architect exam. Compare the two exam guides, mark what you already know and plan the gap.",
    section: step("next-level"),
    certs: ["architect", "developer"],
    domains: [],
    taskStatements: [],
    skills: ["cloud-architecture", "programming"],
    services: [],
    minutes: 60,
    links: [
      link(
        "AWS Certified Solutions Architect – Associate",
        "https://aws.amazon.com/certification/certified-solutions-architect-associate/",
      ),
      link(
        "AWS Certified Developer – Associate",
        "https://aws.amazon.com/certification/certified-developer-associate/",
      ),
    ],
  },
  {
    id: "next-security-specialty",
    title: "Explore the Security – Specialty certification",
    summary:
      "A deep dive into identity, data protection, detection and incident response on AWS that suits both paths. Read the exam guide and list the security services you have not yet used hands-on.",
    section: step("next-level"),
    certs: ["architect", "developer"],
    domains: [],
    taskStatements: [],
    skills: ["security-architecture"],
    services: [],
    minutes: 60,
    links: [
      link(
        "AWS Certified Security – Specialty",
        "https://aws.amazon.com/certification/certified-security-specialty/",
      ),
    ],
  },
  {
    id: "next-solutions-architect-professional",
    title: "Explore the Solutions Architect – Professional certification",
    summary:
      "The natural next step for architects: complex multi-account designs, migrations and continuous improvement of existing workloads. Review its exam guide and note which scenarios are beyond your current experience.",
    section: step("next-level"),
    certs: ["architect"],
    domains: [],
    taskStatements: [],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: [],
    minutes: 90,
    links: [
      link(
        "AWS Certified Solutions Architect – Professional",
        "https://aws.amazon.com/certification/certified-solutions-architect-professional/",
      ),
    ],
  },
  {
    id: "next-advanced-networking-specialty",
    title: "Explore the Advanced Networking – Specialty certification",
    summary:
      "For architects who enjoyed the networking side: hybrid connectivity, complex routing and network design at scale. Check its exam guide against what you built in the networking lab.",
    section: step("next-level"),
    certs: ["architect"],
    domains: [],
    taskStatements: [],
    skills: ["networking"],
    services: [],
    minutes: 60,
    links: [
      link(
        "AWS Certified Advanced Networking – Specialty",
        "https://aws.amazon.com/certification/certified-advanced-networking-specialty/",
      ),
    ],
  },
  {
    id: "next-devops-engineer-professional",
    title: "Explore the DevOps Engineer – Professional certification",
    summary:
      "The professional-level follow-on for developers: automated delivery, infrastructure as code, monitoring and incident response at scale. It fits the move towards platform and DevOps engineering roles.",
    section: step("next-level"),
    certs: ["developer"],
    domains: [],
    taskStatements: [],
    skills: ["devops-tools"],
    services: [],
    minutes: 90,
    links: [
      link(
        "AWS Certified DevOps Engineer – Professional",
        "https://aws.amazon.com/certification/certified-devops-engineer-professional/",
      ),
    ],
  },

  // ───────────────────────── Study tips: build real projects (shared) ─────────────────────────
  {
    id: "tip-build-serverless-api",
    title: "Build a serverless API",
    summary:
      "Put a small CRUD API together from API Gateway, Lambda and DynamoDB, defined in a SAM template. Keep it running long enough to add validation, logging and a second version.",
    section: tip("build-projects"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d2", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: [
      "saa-c03-2.1",
      "dva-c02-1.1",
      "dva-c02-1.2",
      "dva-c02-1.3",
      "dva-c03-1.1",
      "dva-c03-1.2",
      "dva-c03-1.3",
    ],
    skills: ["api-development", "programming", "cloud-architecture"],
    services: ["Amazon API Gateway", "AWS Lambda", "Amazon DynamoDB", "AWS SAM"],
    minutes: 180,
    links: [
      link(
        "What is Amazon API Gateway?",
        "https://docs.aws.amazon.com/apigateway/latest/developerguide/welcome.html",
      ),
      link(
        "What is AWS SAM?",
        "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/what-is-sam.html",
      ),
    ],
  },
  {
    id: "tip-build-scalable-web-app",
    title: "Build a scalable web application",
    summary:
      "Run a stateless web app on an Auto Scaling group behind an Application Load Balancer, with sessions in DynamoDB or ElastiCache and data in RDS. Load-test it and watch instances scale out and back in.",
    section: tip("build-projects"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d2", "saa-c03-d3", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-2.1", "saa-c03-3.2", "dva-c02-1.1", "dva-c03-1.1"],
    skills: ["infrastructure-design", "cloud-architecture"],
    services: ["Elastic Load Balancing", "Amazon EC2 Auto Scaling", "Amazon RDS", "Amazon ElastiCache"],
    minutes: 300,
    links: [
      link(
        "What is Amazon EC2 Auto Scaling?",
        "https://docs.aws.amazon.com/autoscaling/ec2/userguide/what-is-amazon-ec2-auto-scaling.html",
      ),
      link(
        "What is an Application Load Balancer?",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/introduction.html",
      ),
    ],
  },
  {
    id: "tip-build-event-driven-system",
    title: "Build an event-driven system",
    summary:
      "Publish an event when a file lands in S3, fan it out through EventBridge or SNS to several SQS queues, and process each queue with its own Lambda consumer and dead-letter queue. Break one consumer on purpose and confirm the others keep working.",
    section: tip("build-projects"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d2", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-2.1", "dva-c02-1.1", "dva-c02-1.2", "dva-c03-1.1", "dva-c03-1.2"],
    skills: ["cloud-architecture", "programming"],
    services: ["Amazon S3", "Amazon EventBridge", "Amazon SNS", "Amazon SQS", "AWS Lambda"],
    minutes: 240,
    links: [
      link(
        "What is Amazon EventBridge?",
        "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-what-is.html",
      ),
      link(
        "SQS dead-letter queues",
        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html",
      ),
    ],
  },
  {
    id: "tip-build-ci-cd-pipeline",
    title: "Build a CI/CD pipeline",
    summary:
      "Create a pipeline that runs tests in CodeBuild on every push, waits for a manual approval and then deploys with CloudFormation or CodeDeploy. Make a failing test stop the release before it reaches production.",
    section: tip("build-projects"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d2", "dva-c02-d3", "dva-c03-d3"],
    taskStatements: ["saa-c03-2.2", "dva-c02-3.3", "dva-c02-3.4", "dva-c03-3.2", "dva-c03-3.3"],
    skills: ["devops-tools"],
    services: ["AWS CodePipeline", "AWS CodeBuild", "AWS CodeDeploy", "AWS CloudFormation"],
    minutes: 240,
    links: [
      link(
        "What is AWS CodePipeline?",
        "https://docs.aws.amazon.com/codepipeline/latest/userguide/welcome.html",
      ),
      link("What is AWS CodeBuild?", "https://docs.aws.amazon.com/codebuild/latest/userguide/welcome.html"),
    ],
  },

  // ───────────────────────── Study tips: learn core services (shared) ─────────────────────────
  {
    id: "tip-core-compute",
    title: "Core services: compute",
    summary:
      "Draw up your own comparison of EC2, Lambda, ECS and EKS on Fargate, and Elastic Beanstalk covering control, scaling, pricing and operational effort. Be able to say in one sentence when each is the right answer.",
    section: tip("core-services"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d3", "saa-c03-d4", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-3.2", "saa-c03-4.2", "dva-c02-1.2", "dva-c03-1.2"],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: [
      "Amazon EC2",
      "AWS Lambda",
      "Amazon ECS",
      "Amazon EKS",
      "AWS Fargate",
      "AWS Elastic Beanstalk",
    ],
    minutes: 60,
    links: [
      link(
        "Overview of Amazon Web Services: compute",
        "https://docs.aws.amazon.com/whitepapers/latest/aws-overview/compute-services.html",
      ),
    ],
  },
  {
    id: "tip-core-storage",
    title: "Core services: storage",
    summary:
      "Separate object, block and file storage and map them to S3, EBS, EFS and FSx. Compare durability, latency, sharing between hosts and price per gigabyte.",
    section: tip("core-services"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d3", "saa-c03-d4", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-3.1", "saa-c03-4.1", "dva-c02-1.3", "dva-c03-1.3"],
    skills: ["infrastructure-design"],
    services: ["Amazon S3", "Amazon EBS", "Amazon EFS", "Amazon FSx"],
    minutes: 60,
    links: [
      link(
        "Overview of Amazon Web Services: storage",
        "https://docs.aws.amazon.com/whitepapers/latest/aws-overview/storage-services.html",
      ),
    ],
  },
  {
    id: "tip-core-databases",
    title: "Core services: databases",
    summary:
      "Compare RDS, Aurora, DynamoDB, ElastiCache and Redshift by data model, consistency, scaling approach and cost. Practise spotting the requirement in a question that rules options out, such as joins, single-digit millisecond latency or analytics.",
    section: tip("core-services"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d3", "saa-c03-d4", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-3.3", "saa-c03-4.3", "dva-c02-1.3", "dva-c03-1.3"],
    skills: ["cloud-architecture"],
    services: ["Amazon RDS", "Amazon Aurora", "Amazon DynamoDB", "Amazon ElastiCache", "Amazon Redshift"],
    minutes: 60,
    links: [
      link(
        "Overview of Amazon Web Services: databases",
        "https://docs.aws.amazon.com/whitepapers/latest/aws-overview/database.html",
      ),
    ],
  },
  {
    id: "tip-core-networking",
    title: "Core services: networking",
    summary:
      "Trace one request from a user's browser through Route 53, CloudFront, a load balancer and a VPC to a private subnet and back. Name the component that would block it at each hop if it were misconfigured.",
    section: tip("core-services"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d1", "saa-c03-d3", "dva-c02-d1", "dva-c03-d1"],
    taskStatements: ["saa-c03-1.2", "saa-c03-3.4", "dva-c02-1.2", "dva-c03-1.2"],
    skills: ["networking"],
    services: ["Amazon Route 53", "Amazon CloudFront", "Elastic Load Balancing", "Amazon VPC"],
    minutes: 60,
    links: [
      link(
        "Overview of Amazon Web Services: networking and content delivery",
        "https://docs.aws.amazon.com/whitepapers/latest/aws-overview/networking-services.html",
      ),
    ],
  },
  {
    id: "tip-core-security",
    title: "Core services: security",
    summary:
      "Sort IAM, KMS, Secrets Manager, WAF, Shield, GuardDuty and Cognito into identity, data protection, edge protection and detection. For each, recall a typical exam scenario it answers.",
    section: tip("core-services"),
    certs: ["architect", "developer"],
    domains: ["saa-c03-d1", "dva-c02-d2", "dva-c03-d2"],
    taskStatements: [
      "saa-c03-1.1",
      "saa-c03-1.2",
      "saa-c03-1.3",
      "dva-c02-2.1",
      "dva-c02-2.2",
      "dva-c02-2.3",
      "dva-c03-2.1",
      "dva-c03-2.2",
    ],
    skills: ["security-architecture"],
    services: ["AWS IAM", "AWS KMS", "AWS Secrets Manager", "AWS WAF", "Amazon GuardDuty", "Amazon Cognito"],
    minutes: 60,
    links: [
      link(
        "Overview of Amazon Web Services: security, identity and compliance",
        "https://docs.aws.amazon.com/whitepapers/latest/aws-overview/security-services.html",
      ),
    ],
  },

  // ───────────────────────── Study tips: practice architecture design (architect) ─────────────────────────
  {
    id: "tip-design-multi-tier",
    title: "Design a multi-tier architecture",
    summary:
      "Sketch web, application and data tiers in separate subnets, with each tier's security group admitting traffic only from the tier in front of it. Explain how each tier scales and fails independently.",
    section: tip("architecture-design"),
    certs: ["architect"],
    domains: ["saa-c03-d1", "saa-c03-d2"],
    taskStatements: ["saa-c03-1.2", "saa-c03-2.1"],
    skills: ["cloud-architecture", "infrastructure-design", "networking"],
    services: ["Amazon VPC", "Elastic Load Balancing", "Amazon EC2", "Amazon RDS"],
    minutes: 90,
    links: [
      link("Security groups", "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html"),
      link("Subnets for your VPC", "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html"),
    ],
  },
  {
    id: "tip-design-load-balancing",
    title: "Design load balancing",
    summary:
      "Work through scenarios that call for path-based routing, static IP addresses, TLS offload, sticky sessions or inline firewalls, and pick the load balancer and listener setup for each. Decide where health checks should point so they catch real failures.",
    section: tip("architecture-design"),
    certs: ["architect"],
    domains: ["saa-c03-d2", "saa-c03-d3"],
    taskStatements: ["saa-c03-2.1", "saa-c03-2.2", "saa-c03-3.4"],
    skills: ["networking", "infrastructure-design"],
    services: ["Elastic Load Balancing"],
    minutes: 60,
    links: [
      link(
        "What is Elastic Load Balancing?",
        "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/what-is-load-balancing.html",
      ),
    ],
  },
  {
    id: "tip-design-high-availability",
    title: "Design for high availability",
    summary:
      "Take a single-instance design and remove every single point of failure: instances across Availability Zones, Multi-AZ databases, health-checked DNS and no hand-built servers. State the availability each change buys and what it costs.",
    section: tip("architecture-design"),
    certs: ["architect"],
    domains: ["saa-c03-d2"],
    taskStatements: ["saa-c03-2.2"],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: ["Amazon EC2 Auto Scaling", "Amazon RDS", "Amazon Route 53"],
    minutes: 90,
    links: [
      link(
        "Reliability pillar",
        "https://docs.aws.amazon.com/wellarchitected/latest/reliability-pillar/welcome.html",
      ),
    ],
  },
  {
    id: "tip-design-disaster-recovery",
    title: "Design disaster recovery",
    summary:
      "Run a tabletop exercise: given an RTO, an RPO and a budget, choose a DR strategy and name the services behind it. Then actually restore a backup into a second Region with AWS Backup and time it.",
    section: tip("architecture-design"),
    certs: ["architect"],
    domains: ["saa-c03-d2", "saa-c03-d4"],
    taskStatements: ["saa-c03-2.2", "saa-c03-4.1"],
    skills: ["cloud-architecture", "infrastructure-design"],
    services: ["AWS Backup", "Amazon S3", "Amazon Route 53"],
    minutes: 120,
    links: [
      link(
        "Disaster recovery options in the cloud",
        "https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html",
      ),
      link("What is AWS Backup?", "https://docs.aws.amazon.com/aws-backup/latest/devguide/whatisbackup.html"),
    ],
  },

  // ───────────────────────── Study tips: practice debugging applications (developer) ─────────────────────────
  {
    id: "tip-debug-logging-monitoring",
    title: "Practise logging and monitoring",
    summary:
      "Switch an application to structured JSON logs with a correlation ID on every line, then build a dashboard and alarms from them. Check that you could answer what failed, where and for whom from the logs alone.",
    section: tip("debugging"),
    certs: ["developer"],
    domains: ["dva-c02-d4", "dva-c03-d4"],
    taskStatements: ["dva-c02-4.1", "dva-c02-4.2", "dva-c03-4.1", "dva-c03-4.2"],
    skills: ["devops-tools", "programming"],
    services: ["Amazon CloudWatch", "Amazon CloudWatch Logs"],
    minutes: 90,
    links: [
      link(
        "Using CloudWatch dashboards",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Dashboards.html",
      ),
      link(
        "Analyzing log data with CloudWatch Logs Insights",
        "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AnalyzingLogData.html",
      ),
    ],
  },
  {
    id: "tip-debug-application-errors",
    title: "Practise application debugging",
    summary:
      "Break a working function on purpose with a missing permission, a short timeout, a throttled table and a malformed event. Diagnose each from logs, metrics and X-Ray traces before looking at what you changed.",
    section: tip("debugging"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c02-d4", "dva-c03-d1", "dva-c03-d4"],
    taskStatements: ["dva-c02-1.2", "dva-c02-4.1", "dva-c03-1.2", "dva-c03-4.1"],
    skills: ["programming", "devops-tools"],
    services: ["AWS Lambda", "AWS X-Ray", "Amazon CloudWatch", "Amazon DynamoDB"],
    minutes: 120,
    links: [
      link(
        "Troubleshoot issues in Lambda",
        "https://docs.aws.amazon.com/lambda/latest/dg/lambda-troubleshooting.html",
      ),
      link("What is AWS X-Ray?", "https://docs.aws.amazon.com/xray/latest/devguide/aws-xray.html"),
    ],
  },
  {
    id: "tip-debug-deployment-automation",
    title: "Practise deployment automation and its failures",
    summary:
      "Push changes through your pipeline that fail in different places: a broken build, a failing CloudFormation resource and a CodeDeploy hook that times out. Find the reason in each service's output and confirm the automatic rollback worked.",
    section: tip("debugging"),
    certs: ["developer"],
    domains: ["dva-c02-d3", "dva-c02-d4", "dva-c03-d3", "dva-c03-d4"],
    taskStatements: ["dva-c02-3.4", "dva-c02-4.1", "dva-c03-3.3", "dva-c03-4.1"],
    skills: ["devops-tools"],
    services: ["AWS CodePipeline", "AWS CodeBuild", "AWS CodeDeploy", "AWS CloudFormation"],
    minutes: 90,
    links: [
      link(
        "AppSpec file reference",
        "https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file.html",
      ),
      link(
        "What is AWS CodePipeline?",
        "https://docs.aws.amazon.com/codepipeline/latest/userguide/welcome.html",
      ),
    ],
  },
  {
    id: "tip-debug-serverless",
    title: "Practise serverless architectures and their failure modes",
    summary:
      "Reproduce the classic serverless problems: cold starts, concurrency throttling, async retries that run a handler twice and an SQS visibility timeout shorter than the function timeout. Fix each and note the metric that revealed it.",
    section: tip("debugging"),
    certs: ["developer"],
    domains: ["dva-c02-d1", "dva-c02-d4", "dva-c03-d1", "dva-c03-d4"],
    taskStatements: [
      "dva-c02-1.2",
      "dva-c02-4.1",
      "dva-c02-4.3",
      "dva-c03-1.2",
      "dva-c03-4.1",
      "dva-c03-4.3",
    ],
    skills: ["programming", "cloud-architecture"],
    services: ["AWS Lambda", "Amazon SQS", "Amazon CloudWatch"],
    minutes: 90,
    links: [
      link("Lambda function scaling", "https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html"),
      link(
        "SQS visibility timeout",
        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html",
      ),
    ],
  },
];

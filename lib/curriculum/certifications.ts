import type { CertId, Certification } from "./types";

/**
 * The two associate certifications the planner covers.
 *
 * Role, skills, career and salary content is our own wording of the source
 * article ("AWS Architect vs AWS Developer"). Exam facts, domains, weights and
 * task statement titles come from AWS's official exam guides (SAA-C03 and
 * DVA-C02) on docs.aws.amazon.com/aws-certification.
 *
 * Successor / retirement: we searched for an AWS announcement of a successor
 * exam or a retirement date for SAA-C03 and for DVA-C02 and found none from an
 * AWS source, so `exam.successor` and `exam.retirement` are deliberately left
 * undefined for both. Set them only with an AWS URL in `source`.
 */
export const certifications: Record<CertId, Certification> = {
  architect: {
    id: "architect",
    name: "AWS Certified Solutions Architect – Associate",
    shortName: "Solutions Architect",
    level: "Associate",
    summary:
      "Proves you can turn requirements into AWS designs that stay secure, keep running through failures, perform well and cost no more than they should. The work is about structure: which services to combine, and how, before anyone writes application code.",
    question: "How should the system be designed?",
    focusAreas: [
      "Designing cloud architectures",
      "Planning infrastructure",
      "Building highly available systems",
      "Applying security best practices",
      "Optimizing cost",
      "Planning disaster recovery",
    ],
    coreServices: [
      "Compute (Amazon EC2, EC2 Auto Scaling, AWS Lambda, containers)",
      "Storage (Amazon S3, Amazon EBS, Amazon EFS, Amazon FSx)",
      "Networking architecture (Amazon VPC, Route 53, CloudFront, Direct Connect)",
      "Identity and access management (IAM, IAM Identity Center, AWS Organizations)",
      "Databases (Amazon RDS, Amazon Aurora, DynamoDB, ElastiCache)",
      "Monitoring and logging (Amazon CloudWatch, AWS CloudTrail, AWS Config)",
    ],
    skills: [
      "Cloud architecture design",
      "Networking fundamentals",
      "Infrastructure automation",
      "Security architecture",
      "Disaster recovery planning",
      "Cost optimization strategies",
      "Problem solving and systems thinking",
    ],
    technicalDepth: ["Infrastructure", "Networking", "System reliability", "Multi-tier architectures"],
    problemTypes: [
      "Picking the architecture that scales best for a scenario",
      "Designing a solution that meets the need at the lowest sensible cost",
      "Building systems that stay available when components fail",
    ],
    examChallenges: [
      "Long, complex architecture scenarios",
      "Integrations that span many services",
      "Cost trade-off decisions",
    ],
    codingLevel: {
      level: "minimal",
      description:
        "Little coding is needed: you read policies, templates and diagrams rather than write programs. Knowing what code does helps, but the exam never asks you to write it.",
    },
    roles: [
      "Cloud Solutions Architect",
      "Cloud Architect",
      "Infrastructure Architect",
      "DevOps Architect",
      "Cloud Consultant",
    ],
    careerLadder: [
      "Cloud Engineer",
      "Solutions Architect",
      "Senior Cloud Architect",
      "Cloud Architecture Lead",
      "Chief Cloud Architect",
    ],
    careerNotes: [
      "Architects usually shape a system with several teams before development starts.",
      "Senior architect roles lean towards enterprise-wide cloud strategy and system design.",
      "Architects steer technical direction across the whole organization.",
    ],
    collaborators: ["Development teams", "DevOps engineers", "Security teams", "Business stakeholders"],
    idealFor: ["System administrators", "DevOps engineers", "IT infrastructure professionals"],
    chooseIf: [
      "System design is the part of the job you enjoy",
      "You already work in infrastructure or DevOps",
      "Your goal is a cloud architect role",
      "You would rather plan and design than write code",
    ],
    salaryNotes: [
      "Both associate certifications lead to well-paid roles; architect roles often pay a little more because they carry system-level decisions.",
      "Even entry-level architect jobs tend to pay clearly more than typical development jobs, since architects answer for reliability and cost.",
      "Senior architects running enterprise cloud estates are among the best-paid people in cloud computing.",
      "Actual pay depends heavily on region and experience.",
    ],
    exam: {
      code: "SAA-C03",
      version: "C03",
      questions: 65,
      scoredQuestions: 50,
      unscoredQuestions: 15,
      minutes: 130,
      scoreMin: 100,
      scoreMax: 1000,
      passingScore: 720,
      questionTypes: ["multiple choice", "multiple response"],
      examGuide: {
        title: "AWS Certified Solutions Architect – Associate (SAA-C03) exam guide",
        url: "https://docs.aws.amazon.com/aws-certification/latest/solutions-architect-associate-03/solutions-architect-associate-03.html",
      },
    },
    domains: [
      {
        id: "saa-d1",
        title: "Design Secure Architectures",
        weight: 30,
        taskStatements: [
          { id: "saa-1.1", title: "Design secure access to AWS resources" },
          { id: "saa-1.2", title: "Design secure workloads and applications" },
          { id: "saa-1.3", title: "Determine appropriate data security controls" },
        ],
      },
      {
        id: "saa-d2",
        title: "Design Resilient Architectures",
        weight: 26,
        taskStatements: [
          { id: "saa-2.1", title: "Design scalable and loosely coupled architectures" },
          { id: "saa-2.2", title: "Design highly available and/or fault-tolerant architectures" },
        ],
      },
      {
        id: "saa-d3",
        title: "Design High-Performing Architectures",
        weight: 24,
        taskStatements: [
          { id: "saa-3.1", title: "Determine high-performing and/or scalable storage solutions" },
          { id: "saa-3.2", title: "Design high-performing and elastic compute solutions" },
          { id: "saa-3.3", title: "Determine high-performing database solutions" },
          { id: "saa-3.4", title: "Determine high-performing and/or scalable network architectures" },
          { id: "saa-3.5", title: "Determine high-performing data ingestion and transformation solutions" },
        ],
      },
      {
        id: "saa-d4",
        title: "Design Cost-Optimized Architectures",
        weight: 20,
        taskStatements: [
          { id: "saa-4.1", title: "Design cost-optimized storage solutions" },
          { id: "saa-4.2", title: "Design cost-optimized compute solutions" },
          { id: "saa-4.3", title: "Design cost-optimized database solutions" },
          { id: "saa-4.4", title: "Design cost-optimized network architectures" },
        ],
      },
    ],
  },

  developer: {
    id: "developer",
    name: "AWS Certified Developer – Associate",
    shortName: "Developer",
    level: "Associate",
    summary:
      "Proves you can write, secure, ship and debug applications that talk to AWS services through their APIs and SDKs. Where the architect plans the platform, the developer builds the software that runs on it.",
    question: "How should the application be built?",
    focusAreas: [
      "Developing applications on AWS",
      "Integrating with APIs",
      "Using the AWS SDKs",
      "Building CI/CD pipelines",
      "Debugging cloud applications",
      "Monitoring and logging for applications",
    ],
    coreServices: [
      "Serverless computing (AWS Lambda, Amazon API Gateway, AWS Step Functions)",
      "Databases (Amazon DynamoDB, Amazon RDS, Amazon ElastiCache)",
      "Storage (Amazon S3)",
      "Messaging services (Amazon SQS, Amazon SNS, Amazon Kinesis)",
      "Event-driven architecture (Amazon EventBridge, event source mappings)",
    ],
    skills: [
      "Programming in Python, Java, Node.js or a similar language",
      "Serverless application development",
      "API development",
      "Cloud debugging",
      "CI/CD pipelines",
      "Event-driven architecture",
    ],
    technicalDepth: ["Programming", "SDKs and APIs", "Application deployment", "Serverless functions"],
    problemTypes: [
      "Finding why an application misbehaves",
      "Picking the right way to call a service with the SDK",
      "Adding authentication to an application",
      "Rolling out and managing application deployments",
    ],
    examChallenges: ["Debugging scenarios", "SDK configuration details", "CI/CD questions"],
    codingLevel: {
      level: "strong",
      description:
        "You need solid programming skills: questions assume you read code, call APIs through SDKs and work with development frameworks every day.",
    },
    roles: [
      "Cloud Developer",
      "Backend Developer",
      "Serverless Developer",
      "Cloud Software Engineer",
      "DevOps Developer",
    ],
    careerLadder: [
      "Backend Developer",
      "Cloud Developer",
      "Senior Cloud Engineer",
      "Platform Engineer",
      "DevOps Engineer",
    ],
    careerNotes: [
      "Their code is what actually runs on the infrastructure that architects lay out.",
      "Automation and deployment pipelines are a large part of the everyday work.",
      "This path suits people who like building applications and making them faster and leaner.",
    ],
    specializations: [
      "Serverless applications",
      "Microservices architecture",
      "Cloud-native software development",
      "Event-driven systems",
    ],
    idealFor: ["Software developers", "Backend engineers", "Full-stack developers"],
    chooseIf: [
      "Writing code is the part of the job you enjoy",
      "Building backend applications is your day job",
      "APIs and microservices are what you work on",
      "Cloud-native development is where you want to specialise",
    ],
    salaryNotes: [
      "Cloud developers are well paid too, especially those focused on serverless architecture, distributed systems or cloud-native applications.",
      "With experience, many cloud developers step into DevOps or platform engineering roles, where earnings tend to rise further.",
      "Actual pay depends heavily on region and experience.",
    ],
    exam: {
      code: "DVA-C02",
      version: "C02",
      questions: 65,
      scoredQuestions: 50,
      unscoredQuestions: 15,
      minutes: 130,
      scoreMin: 100,
      scoreMax: 1000,
      passingScore: 720,
      questionTypes: ["multiple choice", "multiple response"],
      examGuide: {
        title: "AWS Certified Developer – Associate (DVA-C02) exam guide",
        url: "https://docs.aws.amazon.com/aws-certification/latest/developer-associate-02/developer-associate-02.html",
      },
    },
    domains: [
      {
        id: "dva-d1",
        title: "Development with AWS Services",
        weight: 32,
        taskStatements: [
          { id: "dva-1.1", title: "Develop code for applications hosted on AWS" },
          { id: "dva-1.2", title: "Develop code for AWS Lambda" },
          { id: "dva-1.3", title: "Use data stores in application development" },
        ],
      },
      {
        id: "dva-d2",
        title: "Security",
        weight: 26,
        taskStatements: [
          {
            id: "dva-2.1",
            title: "Implement authentication and/or authorization for applications and AWS services",
          },
          { id: "dva-2.2", title: "Implement encryption by using AWS services" },
          { id: "dva-2.3", title: "Manage sensitive data in application code" },
        ],
      },
      {
        id: "dva-d3",
        title: "Deployment",
        weight: 24,
        taskStatements: [
          { id: "dva-3.1", title: "Prepare application artifacts to be deployed to AWS" },
          { id: "dva-3.2", title: "Test applications in development environments" },
          { id: "dva-3.3", title: "Automate deployment testing" },
          { id: "dva-3.4", title: "Deploy code by using AWS CI/CD services" },
        ],
      },
      {
        id: "dva-d4",
        title: "Troubleshooting and Optimization",
        weight: 18,
        taskStatements: [
          { id: "dva-4.1", title: "Assist in a root cause analysis" },
          { id: "dva-4.2", title: "Instrument code for observability" },
          { id: "dva-4.3", title: "Optimize applications by using AWS services and features" },
        ],
      },
    ],
  },
};

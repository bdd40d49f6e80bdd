import type { CertId, Certification, DocLink, ExamVersion } from "./types";

/** AWS's account of the change from DVA-C02 to DVA-C03 (dates, weights, additions, moves, merges). */
const DVA_COMPARISON: DocLink = {
  title: "Comparison of DVA-C02 and DVA-C03 (AWS Certification documentation)",
  url: "https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/dva-03-comparison.html",
};

const DVA_C03: ExamVersion = {
  cert: "developer",
  firstExamDate: "2026-12-01",
  lastExamDate: null,
  source: DVA_COMPARISON,
  exam: {
    code: "DVA-C03",
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
      title: "AWS Certified Developer – Associate (DVA-C03) exam guide",
      url: "https://docs.aws.amazon.com/aws-certification/latest/developer-associate-03/developer-associate-03.html",
    },
  },
  domains: [
    {
      id: "dva-c03-d1",
      title: "Development with AWS Services",
      weight: 30,
      taskStatements: [
        { id: "dva-c03-1.1", title: "Develop code for applications hosted on AWS" },
        { id: "dva-c03-1.2", title: "Develop code for AWS Lambda" },
        { id: "dva-c03-1.3", title: "Use data stores in application development" },
      ],
    },
    {
      id: "dva-c03-d2",
      title: "Security",
      weight: 26,
      taskStatements: [
        {
          id: "dva-c03-2.1",
          title: "Implement authentication and/or authorization for applications and AWS services",
        },
        { id: "dva-c03-2.2", title: "Implement encryption and protect sensitive data" },
        {
          id: "dva-c03-2.3",
          title:
            "Identify and mitigate security risks associated with using and integrating AI services into application development",
        },
      ],
    },
    {
      id: "dva-c03-d3",
      title: "Testing and Deployment",
      weight: 22,
      taskStatements: [
        { id: "dva-c03-3.1", title: "Prepare application artifacts to be deployed to AWS" },
        { id: "dva-c03-3.2", title: "Test applications and automate testing" },
        { id: "dva-c03-3.3", title: "Deploy code and infrastructure by using AWS CI/CD services" },
      ],
    },
    {
      id: "dva-c03-d4",
      title: "Troubleshooting and Optimization",
      weight: 22,
      taskStatements: [
        { id: "dva-c03-4.1", title: "Assist in a root cause analysis" },
        { id: "dva-c03-4.2", title: "Instrument code for observability" },
        { id: "dva-c03-4.3", title: "Optimize applications by using AWS services and features" },
      ],
    },
  ],
  changes: {
    from: "DVA-C02",
    source: DVA_COMPARISON,
    added: [
      {
        taskStatement: "dva-c03-2.3",
        newTask: true,
        skills: [
          "Getting and managing access to AI services",
          "Sending data to AI services privately (for example over VPC endpoints) and keeping prompts and answers out of model training",
          "Filtering what goes into and comes out of a model: content filters, sensitive-data detection, PII/PHI redaction, denied topics, defence against prompt injection",
          "Securing AI agents: authorising the tools they call, isolating sessions, a human approval step before sensitive actions",
          "Keeping sensitive content out of the logs of AI interactions",
        ],
      },
      {
        taskStatement: "dva-c03-1.1",
        newTask: false,
        skills: [
          "Using AI-assisted development tools to write, review and improve code (spec-driven generation, automated reviews, completion, refactoring, security scanning)",
          "Building managed AWS AI services into applications",
        ],
      },
      {
        taskStatement: "dva-c03-2.1",
        newTask: false,
        skills: ["Presigned URLs for secure, time-limited access (Amazon S3, Amazon CloudFront)"],
      },
      {
        taskStatement: "dva-c03-3.1",
        newTask: false,
        skills: [
          "Building and managing container images (Amazon ECR, Dockerfiles, image tags, lifecycle policies)",
        ],
      },
      {
        taskStatement: "dva-c03-3.2",
        newTask: false,
        skills: ["Using AWS AI tools to generate tests and automate repetitive testing work"],
      },
      {
        taskStatement: "dva-c03-3.3",
        newTask: false,
        skills: [
          "Deploying containers with AWS orchestration services (ECS task definitions, EKS manifests, Fargate, rolling updates)",
          "Using AWS AI tools in CI/CD: deployment approvals, environment provisioning, post-deployment checks",
        ],
      },
      {
        taskStatement: "dva-c03-4.1",
        newTask: false,
        skills: ["Using AWS AI tools to analyse errors and suggest fixes"],
      },
      {
        taskStatement: "dva-c03-4.3",
        newTask: false,
        skills: ["Using AWS AI tools to find optimisation opportunities"],
      },
    ],
    moved: [
      { what: "Unit testing with AWS SAM", from: "dva-c02-1.1", to: "dva-c03-3.2" },
      { what: "Tuning Lambda function performance", from: "dva-c02-1.2", to: "dva-c03-4.3" },
      { what: "Serialising and deserialising data", from: "dva-c02-1.3", to: "dva-c03-1.1" },
      { what: "API Gateway stages and custom domains", from: "dva-c02-3.4", to: "dva-c03-3.1" },
      {
        what: "IaC templates (AWS CDK, AWS SAM, AWS CloudFormation)",
        from: "dva-c02-3.3",
        to: "dva-c03-3.3",
      },
    ],
    merged: [
      {
        area: "Amazon DynamoDB",
        before:
          "Four skills: partition keys and design, consistency models, query versus scan, keys and indexes",
        after: "One skill covering all of DynamoDB",
      },
      {
        area: "Encryption and sensitive data",
        before: "Tasks 2.2 and 2.3, 13 skills",
        after: "Task 2.2, 7 skills",
      },
      {
        area: "Testing",
        before: "Tasks 3.2 and 3.3, 11 skills",
        after: "Task 3.2, 5 skills (with the new AI testing skill)",
      },
      { area: "Observability", before: "8 skills in Domain 4", after: "5 skills" },
      { area: "Optimisation", before: "9 skills in Domain 4", after: "6 skills" },
    ],
  },
};

/**
 * The two associate certifications the planner covers.
 *
 * Role, skills, career and salary content is our own wording of the source
 * article ("AWS Architect vs AWS Developer"). Exam versions — dates, format,
 * domains, weights and task statements — come from AWS's exam guides on
 * docs.aws.amazon.com/aws-certification; each version names its AWS source.
 *
 * Versions of one certification follow each other without gap or overlap
 * (validated in schema.ts). Add a successor by closing the current version's
 * `lastExamDate` and appending the new one with its `changes`.
 *
 * DVA-C03: AWS's "Comparison of DVA-C02 and DVA-C03" page (checked on
 * 2026-11-30) gives the dates (DVA-C02 until 2026-11-30, DVA-C03 from
 * 2026-12-01), the new weights, the new task statement 2.3 with its title, the
 * added skills, the moves and the merges. Where it merges two DVA-C02 task
 * statements into one (2.2 + 2.3 → 2.2, 3.2 + 3.3 → 3.2, so 3.4 becomes 3.3),
 * the DVA-C03 title here names the merged scope in our words. SAA-C03: AWS has
 * announced no successor, so its last exam date stays open.
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
    versions: [
      {
        cert: "architect",
        firstExamDate: null,
        lastExamDate: null,
        source: {
          title: "AWS Certified Solutions Architect – Associate (SAA-C03) exam guide",
          url: "https://docs.aws.amazon.com/aws-certification/latest/solutions-architect-associate-03/solutions-architect-associate-03.html",
        },
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
            id: "saa-c03-d1",
            title: "Design Secure Architectures",
            weight: 30,
            taskStatements: [
              { id: "saa-c03-1.1", title: "Design secure access to AWS resources" },
              { id: "saa-c03-1.2", title: "Design secure workloads and applications" },
              { id: "saa-c03-1.3", title: "Determine appropriate data security controls" },
            ],
          },
          {
            id: "saa-c03-d2",
            title: "Design Resilient Architectures",
            weight: 26,
            taskStatements: [
              { id: "saa-c03-2.1", title: "Design scalable and loosely coupled architectures" },
              { id: "saa-c03-2.2", title: "Design highly available and/or fault-tolerant architectures" },
            ],
          },
          {
            id: "saa-c03-d3",
            title: "Design High-Performing Architectures",
            weight: 24,
            taskStatements: [
              { id: "saa-c03-3.1", title: "Determine high-performing and/or scalable storage solutions" },
              { id: "saa-c03-3.2", title: "Design high-performing and elastic compute solutions" },
              { id: "saa-c03-3.3", title: "Determine high-performing database solutions" },
              { id: "saa-c03-3.4", title: "Determine high-performing and/or scalable network architectures" },
              {
                id: "saa-c03-3.5",
                title: "Determine high-performing data ingestion and transformation solutions",
              },
            ],
          },
          {
            id: "saa-c03-d4",
            title: "Design Cost-Optimized Architectures",
            weight: 20,
            taskStatements: [
              { id: "saa-c03-4.1", title: "Design cost-optimized storage solutions" },
              { id: "saa-c03-4.2", title: "Design cost-optimized compute solutions" },
              { id: "saa-c03-4.3", title: "Design cost-optimized database solutions" },
              { id: "saa-c03-4.4", title: "Design cost-optimized network architectures" },
            ],
          },
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
    versions: [
      {
        cert: "developer",
        firstExamDate: null,
        lastExamDate: "2026-11-30",
        source: DVA_COMPARISON,
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
            id: "dva-c02-d1",
            title: "Development with AWS Services",
            weight: 32,
            taskStatements: [
              { id: "dva-c02-1.1", title: "Develop code for applications hosted on AWS" },
              { id: "dva-c02-1.2", title: "Develop code for AWS Lambda" },
              { id: "dva-c02-1.3", title: "Use data stores in application development" },
            ],
          },
          {
            id: "dva-c02-d2",
            title: "Security",
            weight: 26,
            taskStatements: [
              {
                id: "dva-c02-2.1",
                title: "Implement authentication and/or authorization for applications and AWS services",
              },
              { id: "dva-c02-2.2", title: "Implement encryption by using AWS services" },
              { id: "dva-c02-2.3", title: "Manage sensitive data in application code" },
            ],
          },
          {
            id: "dva-c02-d3",
            title: "Deployment",
            weight: 24,
            taskStatements: [
              { id: "dva-c02-3.1", title: "Prepare application artifacts to be deployed to AWS" },
              { id: "dva-c02-3.2", title: "Test applications in development environments" },
              { id: "dva-c02-3.3", title: "Automate deployment testing" },
              { id: "dva-c02-3.4", title: "Deploy code by using AWS CI/CD services" },
            ],
          },
          {
            id: "dva-c02-d4",
            title: "Troubleshooting and Optimization",
            weight: 18,
            taskStatements: [
              { id: "dva-c02-4.1", title: "Assist in a root cause analysis" },
              { id: "dva-c02-4.2", title: "Instrument code for observability" },
              { id: "dva-c02-4.3", title: "Optimize applications by using AWS services and features" },
            ],
          },
        ],
      },
      DVA_C03,
    ],
  },
};

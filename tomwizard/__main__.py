from tomwizard.cli.main import main

raise SystemExit(main())

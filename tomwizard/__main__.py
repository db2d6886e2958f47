from tomwizard.cli.launch import main

raise SystemExit(main())

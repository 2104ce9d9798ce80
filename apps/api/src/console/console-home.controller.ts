import { Controller, Get } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CurrentStaff, StaffPage, StaffPrincipal } from './console-access';
import { Flash, consolePage } from '../web/console-response';
import { HtmlReply } from '../web/reply';
import { ConsoleFlash } from './views/console-layout';
import { adminHomePage, consoleHomePage } from './views/console-home.page';

@ApiExcludeController()
@Controller('console')
export class ConsoleHomeController {
  @Get()
  @StaffPage()
  home(@CurrentStaff() staff: StaffPrincipal, @Flash() flash: ConsoleFlash | undefined): HtmlReply {
    return consolePage(consoleHomePage(staff, flash));
  }

  @Get('admin')
  @StaffPage('admin')
  admin(@CurrentStaff() staff: StaffPrincipal): HtmlReply {
    return consolePage(adminHomePage(staff));
  }
}

import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentStaff, StaffPage, StaffPrincipal } from './console-access';
import { sendConsolePage, takeFlash } from '../web/console-response';
import { adminHomePage, consoleHomePage } from './views/console-home.page';

@ApiExcludeController()
@Controller('console')
export class ConsoleHomeController {
  @Get()
  @StaffPage()
  home(
    @CurrentStaff() staff: StaffPrincipal,
    @Req() request: Request,
    @Res() response: Response,
  ): void {
    sendConsolePage(response, consoleHomePage(staff, takeFlash(request, response)));
  }

  @Get('admin')
  @StaffPage('admin')
  admin(@CurrentStaff() staff: StaffPrincipal, @Res() response: Response): void {
    sendConsolePage(response, adminHomePage(staff));
  }
}
